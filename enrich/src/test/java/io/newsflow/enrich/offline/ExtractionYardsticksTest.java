package io.newsflow.enrich.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.NewsArticle;
import io.newsflow.enrich.ArticleEnricher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on the two public extraction yardsticks in ../shared/extraction (see its README),
 * read through the offline path exactly as {@code ./newsflow enrich} reads a file. The floors sit a
 * little under the figures reached (docs/extraction.md), so a change that loses pages or lets
 * boilerplate back in fails the build instead of passing silently.
 */
class ExtractionYardsticksTest {
  private static final Path SHARED = Path.of("..", "..", "shared", "extraction").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("(?U)\\w+");
  private static OfflineEnrichment offline;

  @BeforeAll
  static void enricher() {
    offline = new OfflineEnrichment(new ArticleEnricher(), Clock.systemUTC());
  }

  @Test
  void zyteDevPagesKeepTheirBodyF1AndNoPageIsLost() throws IOException {
    Path data = SHARED.resolve("zyte-dev");
    assumeTrue(Files.isDirectory(data), "../shared/extraction/zyte-dev is absent (it sits beside the checkout in CI)");
    JsonNode truth = JSON.readTree(data.resolve("ground-truth.json").toFile());
    List<double[]> scores = new ArrayList<>();
    int lost = 0;
    for (Map.Entry<String, JsonNode> page : truth.properties()) {
      String body;
      try {
        NewsArticle article = enrich(data.resolve("html").resolve(page.getKey() + ".html.gz"), page.getKey() + ".html");
        body = articleBody(article);
      } catch (RuntimeException e) {
        lost++;
        body = "";
      }
      scores.add(shingleMatch(page.getValue().path("articleBody").asText(""), body));
    }
    double precision = scores.stream().filter(s -> s[0] + s[1] > 0).mapToDouble(s -> s[0] / (s[0] + s[1])).average().orElse(0);
    double recall = scores.stream().filter(s -> s[0] + s[2] > 0).mapToDouble(s -> s[0] / (s[0] + s[2])).average().orElse(0);
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf("zyte dev: pages=%d lost=%d f1=%.3f precision=%.3f recall=%.3f%n", scores.size(), lost, f1, precision, recall);
    assertThat(lost).as("pages without a record").isZero();
    assertThat(f1).as("Zyte dev body F1 (trafilatura 2.0.0: 0.963)").isGreaterThanOrEqualTo(0.96);
  }

  @Test
  void realWorldPagesKeepWhatMustBeInAndDropWhatMustNot() throws IOException {
    Path data = SHARED.resolve("trafilatura-realworld");
    assumeTrue(Files.isDirectory(data), "../shared/extraction/trafilatura-realworld is absent (it sits beside the checkout in CI)");
    JsonNode cases = JSON.readTree(data.resolve("assertions.json").toFile());
    int pages = 0;
    int pagesOk = 0;
    int must = 0;
    int mustOk = 0;
    int mustNot = 0;
    int mustNotOk = 0;
    for (JsonNode c : cases) {
      String file = c.get("file").asText();
      String text;
      try {
        text = fullText(enrich(data.resolve("pages").resolve(file + ".gz"), file));
      } catch (RuntimeException e) {
        text = "";
      }
      boolean ok = true;
      for (JsonNode s : c.path("must_contain")) {
        must++;
        boolean hit = text.contains(s.asText());
        mustOk += hit ? 1 : 0;
        ok &= hit;
      }
      for (JsonNode s : c.path("must_not_contain")) {
        mustNot++;
        boolean clean = !text.contains(s.asText());
        mustNotOk += clean ? 1 : 0;
        ok &= clean;
      }
      pages++;
      pagesOk += ok ? 1 : 0;
    }
    double pageShare = (double) pagesOk / pages;
    double mustShare = (double) mustOk / must;
    double mustNotShare = (double) mustNotOk / mustNot;
    // Reader-comment checks are counted here (realworld.sh excuses them), so these run a little lower.
    System.out.printf("real world: pages=%.3f must_contain=%.3f must_not_contain=%.3f (comment checks counted)%n",
        pageShare, mustShare, mustNotShare);
    assertThat(pageShare).as("pages with every check right").isGreaterThanOrEqualTo(FLOOR_PAGES);
    assertThat(mustShare).as("must-contain strings found").isGreaterThanOrEqualTo(FLOOR_MUST);
    assertThat(mustNotShare).as("must-not-contain strings absent").isGreaterThanOrEqualTo(FLOOR_MUST_NOT);
  }

  private static final double FLOOR_PAGES = 0.74;
  private static final double FLOOR_MUST = 0.89;
  private static final double FLOOR_MUST_NOT = 0.94;

  private static NewsArticle enrich(Path gz, String name) throws IOException {
    Path dir = Files.createTempDirectory("yardstick");
    Path html = dir.resolve(name);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      Files.write(html, in.readAllBytes());
      return offline.enrichFile(html);
    } finally {
      Files.deleteIfExists(html);
      Files.deleteIfExists(dir);
    }
  }

  /** As zyte.sh: the lead, then every body block. */
  private static String articleBody(NewsArticle a) {
    List<String> parts = new ArrayList<>();
    if (a.getLead() != null) {
      parts.add(a.getLead().toString());
    }
    a.getBody().forEach(b -> parts.add(b.getText().toString()));
    return String.join("\n", parts);
  }

  /** As realworld.sh: headline, lead and body. */
  private static String fullText(NewsArticle a) {
    return a.getHeadline() + "\n" + articleBody(a);
  }

  /** The benchmark's evaluate.py: 4-word shingles, counts compared, normalised per page. */
  static double[] shingleMatch(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<String, Integer> all = new HashMap<>(t);
    p.forEach((k, v) -> all.putIfAbsent(k, 0));
    for (String key : all.keySet()) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
      if (!shingle.isEmpty()) {
        out.merge(String.join("\u0001", shingle), 1, Integer::sum);
      }
    }
    return out;
  }
}
