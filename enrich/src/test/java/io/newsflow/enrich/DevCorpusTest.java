package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared dev corpus through the enricher (score.py gives the figures; this guards the
 * invariants; speed is measured by the JMH benchmark in bench, not by a timed test). Skipped where the
 * corpus is not checked out beside the repository.
 */
class DevCorpusTest {
  private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "dev");

  private static List<Path> articles() throws Exception {
    Path dir = Files.isDirectory(CORPUS) ? CORPUS : Path.of("..", "shared", "corpus", "dev");
    assumeTrue(Files.isDirectory(dir), "dev corpus not present at " + dir.toAbsolutePath());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void everyCorpusArticleEnrichesWithConsistentMentions() throws Exception {
    for (Path file : articles()) {
      String raw = Files.readString(file);
      EnrichedArticle a = TestArticles.ENRICHER.enrich(raw, file.toString().endsWith(".html") ? "text/html" : "text/plain");
      assertThat(a.headline()).as(file.toString()).isNotBlank();
      assertThat(a.language()).as(file.toString()).isIn("de", "en", "pl", "fr");
      assertThat(a.body()).as(file.toString()).isNotEmpty();
      for (Entity e : a.entities()) {
        for (Mention m : e.mentions()) {
          assertThat(a.text().substring(m.start(), m.end())).as(file + " " + e.name()).isEqualTo(m.text());
        }
      }
    }
  }
}
