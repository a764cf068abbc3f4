package io.newsflow.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.OpsMetrics;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.avro.internal.SourceWindow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceWindowsTest {
  private static final Instant T = Instant.parse("2026-03-01T08:00:10Z");

  private static OpsEvent event(Stage stage, Outcome outcome, long latencyMs, String... entities) {
    return event("wp.pl", stage, outcome, latencyMs, entities);
  }

  private static OpsEvent event(String source, Stage stage, Outcome outcome, long latencyMs, String... entities) {
    return OpsEvent.newBuilder().setArticleId("a").setSource(source).setStage(stage).setOutcome(outcome).setReason(null)
        .setEntities(List.of(entities)).setLatencyMs(latencyMs).setTime(T).build();
  }

  private static SourceWindow fold(int entityCapacity, OpsEvent... events) {
    SourceWindow figures = SourceWindows.empty();
    for (OpsEvent event : events) {
      figures = SourceWindows.add(figures, event, entityCapacity);
    }
    return figures;
  }

  @Test
  void countsEnrichEventsAsArticlesIn() {
    SourceWindow figures = fold(100,
        event(Stage.INGEST, Outcome.ACCEPTED, 0),
        event(Stage.ENRICH, Outcome.ENRICHED, 0),
        event(Stage.ENRICH, Outcome.REJECTED, 0),
        event(Stage.PUBLISH, Outcome.PUBLISHED, 10));

    assertThat(figures.getArticlesIn()).isEqualTo(2);
  }

  @Test
  void countsRejectionsOfEveryStage() {
    SourceWindow figures = fold(100,
        event(Stage.INGEST, Outcome.REJECTED, 0),
        event(Stage.ENRICH, Outcome.REJECTED, 0),
        event(Stage.PUBLISH, Outcome.REJECTED, 0),
        event(Stage.ENRICH, Outcome.ENRICHED, 0));

    assertThat(figures.getRejected()).isEqualTo(3);
  }

  @Test
  void countsPublishedAndDuplicatesWithLatenciesOfPublishedOnly() {
    SourceWindow figures = fold(100,
        event(Stage.PUBLISH, Outcome.PUBLISHED, 120, "NATO"),
        event(Stage.PUBLISH, Outcome.DUPLICATE, 999),
        event(Stage.PUBLISH, Outcome.PUBLISHED, 80, "NATO", "Sejm"));

    assertThat(figures.getPublished()).isEqualTo(2);
    assertThat(figures.getDuplicates()).isEqualTo(1);
    assertThat(LatencySketch.count(figures.getLatencySketch())).isEqualTo(2);
    assertThat(figures.getEntityCounts()).containsEntry("NATO", 2L).containsEntry("Sejm", 1L).hasSize(2);
  }

  @Test
  void staysTheSameSizeHoweverManyArticlesAWindowCounts() {
    OpsEvent[] thousand = new OpsEvent[1000];
    OpsEvent[] hundredThousand = new OpsEvent[100_000];
    for (int i = 0; i < hundredThousand.length; i++) {
      hundredThousand[i] = event(Stage.PUBLISH, Outcome.PUBLISHED, 50 + i % 5000, "entity-" + i);
      if (i < thousand.length) {
        thousand[i] = hundredThousand[i];
      }
    }
    SourceWindow small = fold(50, thousand);
    SourceWindow large = fold(50, hundredThousand);

    assertThat(large.getPublished()).isEqualTo(100_000);
    assertThat(large.getEntityCounts()).hasSize(50);
    assertThat(large.getLatencySketch().remaining()).isLessThan(8 * 1024)
        .isLessThanOrEqualTo(small.getLatencySketch().remaining() * 3);
    OpsMetrics report = SourceWindows.report("wp.pl", T, T.plusSeconds(60), large, 10);
    // 1% relative accuracy of DDSketch against the exact quantiles of 50..5049 repeated.
    assertThat(report.getLatencyP50Ms()).isCloseTo(2550, org.assertj.core.data.Percentage.withPercentage(1.5));
    assertThat(report.getLatencyP95Ms()).isCloseTo(4800, org.assertj.core.data.Percentage.withPercentage(1.5));
    assertThat(report.getLatencyP99Ms()).isCloseTo(5000, org.assertj.core.data.Percentage.withPercentage(1.5));
  }

  @Test
  void leavesTheRunningFiguresUnchanged() {
    SourceWindow before = fold(100, event(Stage.PUBLISH, Outcome.PUBLISHED, 5, "NATO"));
    SourceWindow copy = SourceWindow.newBuilder(before).build();

    SourceWindows.add(before, event(Stage.PUBLISH, Outcome.PUBLISHED, 7, "NATO"), 100);

    assertThat(before).isEqualTo(copy);
  }

  @Test
  void countsAnEventWithoutSourceUnderUnknown() {
    OpsEvent anonymous = event(null, Stage.ENRICH, Outcome.REJECTED, 0);

    assertThat(SourceWindows.sourceOf(anonymous)).isEqualTo("unknown");
    assertThat(SourceWindows.sourceOf(event(Stage.ENRICH, Outcome.REJECTED, 0))).isEqualTo("wp.pl");
  }

  @Test
  void reportsWindowFiguresWithPercentilesAndTopEntities() {
    SourceWindow figures = fold(100,
        event(Stage.ENRICH, Outcome.ENRICHED, 0),
        event(Stage.PUBLISH, Outcome.PUBLISHED, 300, "Sejm", "NATO"),
        event(Stage.PUBLISH, Outcome.PUBLISHED, 100, "NATO"),
        event(Stage.PUBLISH, Outcome.PUBLISHED, 200, "Warszawa"));
    Instant start = Instant.parse("2026-03-01T08:00:00Z");

    OpsMetrics report = SourceWindows.report("wp.pl", start, start.plusSeconds(60), figures, 2);

    assertThat(report.getSource()).isEqualTo("wp.pl");
    assertThat(report.getWindowStart()).isEqualTo(start);
    assertThat(report.getWindowEnd()).isEqualTo(start.plusSeconds(60));
    assertThat(report.getArticlesIn()).isEqualTo(1);
    assertThat(report.getPublished()).isEqualTo(3);
    assertThat(report.getLatencyP50Ms()).isCloseTo(200, org.assertj.core.data.Percentage.withPercentage(1));
    // DDSketch's quantile is the value at rank q x (n - 1), rounded down: of three latencies, p95 is the middle one.
    assertThat(report.getLatencyP95Ms()).isCloseTo(200, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(SourceWindows.key("wp.pl", start)).isEqualTo("wp.pl@2026-03-01T08:00:00Z");
    assertThat(report.getTopEntities()).containsExactly("NATO", "Sejm");
  }
}
