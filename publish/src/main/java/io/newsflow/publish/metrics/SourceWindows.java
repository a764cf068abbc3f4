package io.newsflow.publish.metrics;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.OpsMetrics;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.avro.internal.SourceWindow;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;

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
        .setLatencySketch(ByteBuffer.allocate(0))
        .setEntityCounts(Map.of())
        .build();
  }

  /**
   * The figures with one more event counted; the given figures are not changed. The latencies and
   * entities are kept in bounded sketches, so a window's size does not grow with its traffic.
   *
   * @param entityCapacity the most entity counters kept (see {@link TopEntities#count})
   */
  public static SourceWindow add(SourceWindow figures, OpsEvent event, int entityCapacity) {
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
          .setLatencySketch(LatencySketch.add(figures.getLatencySketch(), event.getLatencyMs()))
          .setEntityCounts(TopEntities.count(figures.getEntityCounts(), event.getEntities(), entityCapacity));
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
        .setLatencyP50Ms(LatencySketch.quantile(figures.getLatencySketch(), 0.50))
        .setLatencyP95Ms(LatencySketch.quantile(figures.getLatencySketch(), 0.95))
        .setLatencyP99Ms(LatencySketch.quantile(figures.getLatencySketch(), 0.99))
        .setTopEntities(TopEntities.of(figures.getEntityCounts(), topEntities))
        .build();
  }

  /** The key of a window's figures: one record per source and window, e.g. {@code wp.pl@2026-03-01T08:00:00Z}. */
  public static String key(String source, Instant windowStart) {
    return source + "@" + windowStart;
  }
}
