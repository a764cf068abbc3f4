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

  private static SourceWindow fold(int latencySamples, OpsEvent... events) {
    SourceWindow figures = SourceWindows.empty();
    for (OpsEvent event : events) {
      figures = SourceWindows.add(figures, event, latencySamples);
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
    assertThat(figures.getLatenciesMs()).containsExactly(120L, 80L);
    assertThat(figures.getEntityCounts()).containsEntry("NATO", 2L).containsEntry("Sejm", 1L).hasSize(2);
  }

  @Test
  void stopsSamplingLatenciesAtTheCapButKeepsCounting() {
    SourceWindow figures = fold(2,
        event(Stage.PUBLISH, Outcome.PUBLISHED, 1),
        event(Stage.PUBLISH, Outcome.PUBLISHED, 2),
        event(Stage.PUBLISH, Outcome.PUBLISHED, 3));

    assertThat(figures.getLatenciesMs()).containsExactly(1L, 2L);
    assertThat(figures.getPublished()).isEqualTo(3);
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
    assertThat(report.getLatencyP50Ms()).isEqualTo(200);
    assertThat(report.getLatencyP95Ms()).isEqualTo(300);
    assertThat(report.getTopEntities()).containsExactly("NATO", "Sejm");
  }
}
