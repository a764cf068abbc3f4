package io.newsflow.publish.metrics;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.OpsMetrics;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.avro.internal.SourceWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running figures of one source in one window, fed with ops events of every stage. Each article
 * read from the raw topic gets exactly one ENRICH event (ENRICHED or REJECTED), so ENRICH events
 * count the articles that came in.
 */
public final class SourceWindows {
  /** Ops events without a source (input too broken to tell) are counted under this name. */
  public static final String UNKNOWN_SOURCE = "unknown";

  private SourceWindows() {}

  public static String sourceOf(OpsEvent event) {
    String source = event.getSource();
    return source == null || source.isBlank() ? UNKNOWN_SOURCE : source;
  }

  public static SourceWindow empty() {
    return SourceWindow.newBuilder()
        .setArticlesIn(0)
        .setPublished(0)
        .setDuplicates(0)
        .setRejected(0)
        .setLatenciesMs(List.of())
        .setEntityCounts(Map.of())
        .build();
  }

  /**
   * The figures with one more event counted; the given figures are not changed.
   *
   * @param latencySamples the most latencies kept: later ones are not sampled, which bounds the
   *     window's size in the store and its changelog
   */
  public static SourceWindow add(SourceWindow figures, OpsEvent event, int latencySamples) {
    SourceWindow.Builder next = SourceWindow.newBuilder(figures);
    if (event.getStage() == Stage.ENRICH) {
      next.setArticlesIn(figures.getArticlesIn() + 1);
    }
    if (event.getOutcome() == Outcome.REJECTED) {
      next.setRejected(figures.getRejected() + 1);
    }
    if (event.getOutcome() == Outcome.DUPLICATE) {
      next.setDuplicates(figures.getDuplicates() + 1);
    }
    if (event.getOutcome() == Outcome.PUBLISHED) {
      next.setPublished(figures.getPublished() + 1)
          .setLatenciesMs(withLatency(figures.getLatenciesMs(), event.getLatencyMs(), latencySamples))
          .setEntityCounts(withEntities(figures.getEntityCounts(), event.getEntities()));
    }
    return next.build();
  }

  /** The public figures of a window. */
  public static OpsMetrics report(String source, Instant windowStart, Instant windowEnd, SourceWindow figures,
                                  int topEntities) {
    return OpsMetrics.newBuilder()
        .setSource(source)
        .setWindowStart(windowStart)
        .setWindowEnd(windowEnd)
        .setArticlesIn(figures.getArticlesIn())
        .setPublished(figures.getPublished())
        .setDuplicates(figures.getDuplicates())
        .setRejected(figures.getRejected())
        .setLatencyP50Ms(Percentiles.nearestRank(figures.getLatenciesMs(), 50))
        .setLatencyP95Ms(Percentiles.nearestRank(figures.getLatenciesMs(), 95))
        .setTopEntities(TopEntities.of(figures.getEntityCounts(), topEntities))
        .build();
  }

  private static List<Long> withLatency(List<Long> latencies, long latency, int latencySamples) {
    if (latencies.size() >= latencySamples) {
      return latencies;
    }
    List<Long> next = new ArrayList<>(latencies.size() + 1);
    next.addAll(latencies);
    next.add(latency);
    return next;
  }

  private static Map<String, Long> withEntities(Map<String, Long> counts, List<String> entities) {
    Map<String, Long> next = new TreeMap<>(counts);
    entities.stream().distinct().forEach(name -> next.merge(name, 1L, Long::sum));
    return next;
  }
}
