package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long MB = 1024 * 1024;
  private final RunTally.Snapshot halfway =
      new RunTally.Snapshot(480, Map.of("empty", 20L), 0, 0, 0, 5 * MB, List.of());

  @Test
  void barShowsShareCountsSizeRateAndEta() {
    String bar = Progress.bar(halfway, 10 * MB, Duration.ofSeconds(10));
    assertThat(bar).startsWith("[############............]  50%  500 articles  5.0/10.0 MB  50/s  ETA 0:10");
  }

  @Test
  void lineIsPlainTextForLogs() {
    assertThat(Progress.line(halfway, 10 * MB, Duration.ofSeconds(10)))
        .isEqualTo("ingest: 500 articles (480 sent, 20 rejected, 0 failed), 5.0 of 10.0 MB, 50 articles/s, ETA 0:10");
  }

  @Test
  void leavesOutEtaWhenTheTotalIsUnknown() {
    assertThat(Progress.line(halfway, -1, Duration.ofSeconds(10))).doesNotContain("ETA").contains("5.0 MB");
    assertThat(Progress.eta(0, 100, Duration.ofSeconds(1))).isNull();
    assertThat(Progress.eta(1, 7201, Duration.ofSeconds(1))).isEqualTo("2:00:00");
  }

  @Test
  void printsPlainLinesPeriodicallyWhenNotOnATerminal() throws Exception {
    StringWriter out = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(out), false, 10 * MB, () -> halfway, Duration.ofMillis(50))) {
      Thread.sleep(180);
    }
    assertThat(out.toString().lines()).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.startsWith("ingest: 500 articles"));
    assertThat(out.toString()).doesNotContain("\r");
  }
}
