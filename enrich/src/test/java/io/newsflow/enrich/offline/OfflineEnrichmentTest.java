package io.newsflow.enrich.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.TestArticles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineEnrichmentTest {
  @TempDir Path dir;

  @Test
  void writesJsonPerFileAndReportsUnreadableOnes() throws Exception {
    Path good = Files.writeString(dir.resolve("story.txt"), "Politik\n\nEin Titel für den Test\n\nDer erste Absatz ist der Vorspann und lang genug für einen Lead.\n\nZweiter Absatz mit Text.\n");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
    Path out = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OfflineEnrichment offline = new OfflineEnrichment(TestArticles.ENRICHER, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    int status = offline.run(out, List.of(good, empty), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(Files.readString(out.resolve("story.json"))).contains("\"headline\":\"Ein Titel für den Test\"", "\"section\":\"Politik\"");
    assertThat(out.resolve("empty.json")).doesNotExist();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt", "empty");
  }
}
