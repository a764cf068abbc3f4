package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random and mutated pages and texts through the enricher: truncated and unbalanced
 * HTML, deep nesting, binary garbage, huge lines, many scripts, text in many writing systems. No
 * exception other than {@link UnreadableArticleException} may escape, and that only for input with
 * no visible letter or digit; everything else gets a record with a language code.
 */
class EnricherFuzzTest {
  private static final ArticleEnricher ENRICHER = new ArticleEnricher();
  private static final int CASES = Integer.getInteger("newsflow.fuzz.cases", 10_000);
  /** Sample letters of many writing systems: Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, CJK, Hangul, emoji. */
  private static final int[][] SCRIPTS = {
      {'a', 'z'}, {0xC0, 0x17F}, {0x391, 0x3C9}, {0x410, 0x44F}, {0x621, 0x64A}, {0x5D0, 0x5EA},
      {0x905, 0x939}, {0xE01, 0xE2E}, {0x4E00, 0x4FFF}, {0x3041, 0x3096}, {0xAC00, 0xAD00}, {0x1F600, 0x1F64F}};
  private static final String[] TAGS = {"div", "p", "article", "main", "section", "span", "a", "h1", "h2", "li", "ul",
      "table", "td", "figure", "figcaption", "blockquote", "form", "nav", "aside", "footer", "header", "br", "script", "style"};

  @Test
  void noInputThrowsAndEveryInputWithTextGetsARecord() throws IOException {
    Random random = new Random(20261201L);
    List<String> seeds = seeds();
    int records = 0;
    for (int i = 0; i < CASES; i++) {
      boolean html = random.nextBoolean();
      String input = switch (i % 8) {
        case 0 -> truncate(seeds.get(random.nextInt(seeds.size())), random);
        case 1 -> mutate(seeds.get(random.nextInt(seeds.size())), random);
        case 2 -> randomHtml(random, 1 + random.nextInt(6));
        case 3 -> nested(random, 50 + random.nextInt(i % 203 == 3 ? 3000 : 300));
        case 4 -> binary(random);
        case 5 -> text(random, 1 + random.nextInt(i % 389 == 5 ? 100_000 : 200));
        case 6 -> scripts(random);
        default -> randomPlainArticle(random);
      };
      String type = html ? "text/html" : "text/plain";
      try {
        EnrichedArticle a = ENRICHER.enrich(input, type);
        assertThat(a.language()).as("language of case %d", i).isNotBlank();
        assertThat(a.headline()).isNotNull();
        records++;
      } catch (UnreadableArticleException e) {
        if (hasVisibleText(input, html)) {
          fail("case " + i + " (" + type + ") has text but got no record: " + e.getMessage() + "\n" + preview(input));
        }
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("case " + i + " (" + type + ") threw " + e + "\n" + preview(input), e);
      }
    }
    assertThat(records).as("most fuzz inputs carry text").isGreaterThan(CASES / 2);
  }

  private static boolean hasVisibleText(String input, boolean html) {
    String visible = html ? org.jsoup.Jsoup.parse(input).text() : input;
    return visible.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static List<String> seeds() throws IOException {
    List<String> out = new ArrayList<>();
    for (String name : List.of("de-html-adidas.html", "de-html-siemens.html", "de-portal-lufthansa.txt", "en-wire-starmer.txt",
        "pl-wp-trzaskowski.txt", "fr-lyon.txt", "en-tech-nvidia.txt")) {
      try (InputStream in = EnricherFuzzTest.class.getResourceAsStream("articles/" + name)) {
        String article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // The opening of each article is enough to mutate; whole articles only make the run slower.
        out.add(article.substring(0, Math.min(article.length(), 2500)));
      }
    }
    return out;
  }

  private static String truncate(String s, Random r) {
    return s.substring(0, r.nextInt(s.length() + 1));
  }

  private static String mutate(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    for (int k = 0, n = 1 + r.nextInt(20); k < n && b.length() > 0; k++) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(4)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, "<" + TAGS[r.nextInt(TAGS.length)] + (r.nextBoolean() ? " class=\"ad share\">" : ">"));
        case 2 -> b.insert(at, "</" + TAGS[r.nextInt(TAGS.length)] + ">");
        default -> b.setCharAt(at, (char) r.nextInt(0x3000));
      }
    }
    return b.toString();
  }

  private static String randomHtml(Random r, int depth) {
    StringBuilder b = new StringBuilder();
    for (int k = 0, n = r.nextInt(8); k < n; k++) {
      String tag = TAGS[r.nextInt(TAGS.length)];
      b.append('<').append(tag).append(r.nextInt(3) == 0 ? " class=\"content article-body\"" : "").append('>');
      b.append(text(r, r.nextInt(80)));
      if (depth > 0) {
        b.append(randomHtml(r, depth - 1));
      }
      if (r.nextInt(4) > 0) {
        b.append("</").append(tag).append('>');
      }
    }
    return b.toString();
  }

  private static String nested(Random r, int depth) {
    StringBuilder b = new StringBuilder("<html><body>");
    for (int k = 0; k < depth; k++) {
      b.append(r.nextBoolean() ? "<div>" : "<span>");
    }
    b.append(text(r, 300));
    return b.toString();
  }

  private static String binary(Random r) {
    byte[] bytes = new byte[1 + r.nextInt(2000)];
    r.nextBytes(bytes);
    return new String(bytes, r.nextBoolean() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private static String scripts(Random r) {
    StringBuilder b = new StringBuilder("<html><head>");
    for (int k = 0, n = r.nextInt(60); k < n; k++) {
      b.append("<script>var x").append(k).append(" = '").append(text(r, 100)).append("';</script>");
    }
    b.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":").append(r.nextBoolean() ? "\"" + text(r, 40) + "\"" : "[")
        .append(",\"articleBody\":\"").append(text(r, 400).replace("\"", "")).append("\"}</script></head><body>");
    b.append("<p>").append(text(r, 200)).append("</p>");
    return b.toString();
  }

  private static String randomPlainArticle(Random r) {
    StringBuilder b = new StringBuilder(text(r, 60)).append("\n\n");
    for (int k = 0, n = r.nextInt(10); k < n; k++) {
      b.append(text(r, 20 + r.nextInt(120))).append(r.nextBoolean() ? ".\n\n" : "\n");
      if (r.nextInt(5) == 0) {
        b.append("Foto: ").append(text(r, 10)).append("/dpa\n");
      }
    }
    return b.toString();
  }

  private static String text(Random r, int length) {
    int[] script = SCRIPTS[r.nextInt(SCRIPTS.length)];
    StringBuilder b = new StringBuilder(length + 16);
    while (b.length() < length) {
      if (r.nextInt(6) == 0) {
        b.append(r.nextInt(10) == 0 ? ", " : " ");
      } else {
        b.appendCodePoint(script[0] + r.nextInt(script[1] - script[0] + 1));
      }
    }
    return b.toString();
  }

  private static String preview(String input) {
    return input.length() <= 300 ? input : input.substring(0, 300) + "…";
  }
}
