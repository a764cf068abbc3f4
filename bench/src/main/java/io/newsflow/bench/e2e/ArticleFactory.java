package io.newsflow.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes N distinct, realistic raw articles from a few sample files: for each language a pool of
 * headlines and sentences is read from the samples, and every article draws its own headline,
 * lead, paragraphs, a subheading and a picture credit from it, with the numbers changed. 80 % are
 * plain text (de, en, pl), 20 % HTML pages (de, en) with the navigation, consent banner, related
 * links and footer a scraper brings along. Seeded, so every run benchmarks the same articles.
 */
final class ArticleFactory {
  enum Language { DE, EN, PL }

  record GeneratedArticle(String name, Language language, boolean html, String text, String url) {
    String contentType() {
      return html ? "text/html" : "text/plain";
    }

    String fileName() {
      return name + (html ? ".html" : ".txt");
    }
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u201c\"])\\s+(?=[\\p{Lu}\u201e\"\u2013-])");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Map<Language, List<String>> PHOTOGRAPHERS = Map.of(
      Language.DE, List.of("Foto: Anna Weber/dpa", "Bildquelle: \u00a9 IMAGO | Jens Krause", "Foto: Martin Schutt/dpa"),
      Language.EN, List.of("Photo: AP Photo/Jane Doyle", "Photo: Reuters/Tom Baker", "Image: Getty Images/Sam Reid"),
      Language.PL, List.of("\u0179r\u00f3d\u0142o zdj\u0119\u0107: \u00a9 PAP | Piotr Nowak", "Fot. PAP/Tomasz Wi\u015bniewski"));
  private static final Map<Language, String> SUBHEADINGS = Map.of(
      Language.DE, "Reaktionen und Kritik", Language.EN, "Reactions and criticism", Language.PL, "Reakcje i krytyka");

  private final Map<Language, Pool> pools = new EnumMap<>(Language.class);
  private final Random random;

  private ArticleFactory(long seed) {
    this.random = new Random(seed);
    for (Language language : Language.values()) {
      pools.put(language, new Pool());
    }
  }

  /** Reads the {@code de-*}, {@code en-*}, {@code pl-*} .txt and .html files of the sample directories. */
  static ArticleFactory fromSamples(List<Path> directories, long seed) {
    ArticleFactory factory = new ArticleFactory(seed);
    for (Path directory : directories) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.sorted().toList()) {
          factory.read(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read samples in " + directory, e);
      }
    }
    factory.pools.forEach((language, pool) -> {
      if (pool.sentences.size() < 3 || pool.headlines.isEmpty()) {
        throw new IllegalArgumentException("too few " + language + " samples in " + directories
            + ": need de-*, en-* and pl-* .txt or .html articles");
      }
    });
    return factory;
  }

  private void read(Path file) throws IOException {
    String name = file.getFileName().toString();
    Language language = languageOf(name);
    if (language == null || !(name.endsWith(".txt") || name.endsWith(".html"))) {
      return;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Pool pool = pools.get(language);
    if (name.endsWith(".html")) {
      Document page = Jsoup.parse(text);
      Element h1 = page.selectFirst("h1");
      if (h1 != null) {
        pool.headlines.add(h1.text());
      }
      for (Element p : page.select("article p, main p")) {
        if (!p.hasClass("kicker")) {
          pool.addParagraph(p.text());
        }
      }
      return;
    }
    String[] paragraphs = text.split("\\n\\s*\\n");
    // The first block of a portal text is "SectionHeadline" glued together; the second repeats the headline.
    for (int i = 1; i < paragraphs.length; i++) {
      String block = paragraphs[i].strip();
      if (i == 1 && !block.contains("\n") && block.length() < 200 && !block.endsWith(".")) {
        pool.headlines.add(block);
        continue;
      }
      for (String line : block.split("\\n")) {
        pool.addParagraph(line.strip());
      }
    }
  }

  private static Language languageOf(String fileName) {
    for (Language language : Language.values()) {
      if (fileName.startsWith(language.name().toLowerCase(Locale.ROOT) + "-")) {
        return language;
      }
    }
    return null;
  }

  /** {@code count} articles, all of different text, 3–5 KB each. */
  List<GeneratedArticle> generate(int count) {
    List<GeneratedArticle> articles = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    while (articles.size() < count) {
      int n = articles.size();
      int pick = random.nextInt(100);
      boolean html = pick >= 80;
      Language language = html ? (pick >= 92 ? Language.EN : Language.DE)
          : pick < 40 ? Language.DE : pick < 65 ? Language.EN : Language.PL;
      int targetBytes = 3 * 1024 + random.nextInt(2 * 1024);
      String text = html ? page(language, targetBytes) : plainText(language, targetBytes);
      if (seen.add(text)) {
        String name = String.format(Locale.ROOT, "%s-%s-%05d", language.name().toLowerCase(Locale.ROOT), html ? "page" : "text", n);
        articles.add(new GeneratedArticle(name, language, html, text,
            "https://bench.newsflow.example/" + name));
      }
    }
    return articles;
  }

  private String plainText(Language language, int targetBytes) {
    Pool pool = pools.get(language);
    StringBuilder text = new StringBuilder();
    String headline = vary(pool.headline(random));
    text.append(headline).append("\n\n").append(vary(pool.paragraph(random, 2))).append("\n\n");
    int paragraphs = 0;
    while (utf8Length(text) < targetBytes - 300) {
      text.append(vary(pool.paragraph(random, 2 + random.nextInt(3)))).append("\n\n");
      if (++paragraphs == 2) {
        text.append(headline).append('\n').append(credit(language)).append("\n\n");
      } else if (paragraphs == 4) {
        text.append(SUBHEADINGS.get(language)).append("\n\n");
      }
    }
    return text.toString();
  }

  private String page(Language language, int targetBytes) {
    Pool pool = pools.get(language);
    String lang = language.name().toLowerCase(Locale.ROOT);
    String headline = vary(pool.headline(random));
    StringBuilder html = new StringBuilder(targetBytes + 512);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(headline)).append(" | Bench Courier</title>\n")
        .append("<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>\n</head>\n<body>\n")
        .append("<div class=\"consent\">").append(language == Language.DE ? "Wir nutzen Cookies f\u00fcr Statistik."
            : "We use cookies for statistics.").append(" <button>OK</button></div>\n")
        .append("<nav><a href=\"/\">Home</a> <a href=\"/politik\">Politik</a> <a href=\"/wirtschaft\">Wirtschaft</a></nav>\n")
        .append("<main>\n<article>\n<h1>").append(escape(headline)).append("</h1>\n<p class=\"teaser\">")
        .append(escape(vary(pool.paragraph(random, 2)))).append("</p>\n<figure>\n<img src=\"/img/")
        .append(random.nextInt(100_000)).append(".jpg\" alt=\"\">\n<figcaption>")
        .append(escape(vary(pool.paragraph(random, 1)))).append(' ').append(escape(credit(language)))
        .append("</figcaption>\n</figure>\n");
    int paragraphs = 0;
    while (html.length() < targetBytes - 400) {
      html.append("<p>").append(escape(vary(pool.paragraph(random, 2 + random.nextInt(3))))).append("</p>\n");
      if (++paragraphs == 3) {
        html.append("<h2>").append(SUBHEADINGS.get(language)).append("</h2>\n");
      }
    }
    html.append("<aside class=\"related\"><h3>More</h3><ul><li><a href=\"/x\">")
        .append(escape(pool.headline(random))).append("</a></li></ul></aside>\n</article>\n</main>\n")
        .append("<footer>\u00a9 Bench Courier <a href=\"/impressum\">Impressum</a></footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private String credit(Language language) {
    List<String> credits = PHOTOGRAPHERS.get(language);
    return credits.get(random.nextInt(credits.size()));
  }

  /** Changes every number but years, so that no two articles share their figures. */
  private String vary(String text) {
    Matcher numbers = NUMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 8);
    while (numbers.find()) {
      String digits = numbers.group();
      String replacement = YEAR.matcher(digits).matches() ? digits
          : String.valueOf(1 + random.nextInt((int) Math.min(Integer.MAX_VALUE - 1L, (long) Math.pow(10, Math.min(digits.length(), 9)) - 1)));
      numbers.appendReplacement(out, replacement);
    }
    numbers.appendTail(out);
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static int utf8Length(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /** Headlines and sentences of one language; sentences are drawn without repeats until all were used. */
  private static final class Pool {
    final List<String> headlines = new ArrayList<>();
    final List<String> sentences = new ArrayList<>();
    private final List<String> unused = new ArrayList<>();

    void addParagraph(String paragraph) {
      // Headings, credit lines and recommendation trailers are not sentences of the article.
      if (paragraph.length() < 40 || paragraph.contains("\u00a9") || paragraph.matches("(?i)^(foto|photo|fot\\.|bild).*")) {
        return;
      }
      for (String sentence : SENTENCE_END.split(paragraph)) {
        if (sentence.length() >= 20) {
          sentences.add(sentence.strip());
        }
      }
    }

    String headline(Random random) {
      return headlines.get(random.nextInt(headlines.size()));
    }

    String paragraph(Random random, int sentenceCount) {
      StringBuilder paragraph = new StringBuilder();
      for (int i = 0; i < sentenceCount; i++) {
        if (unused.isEmpty()) {
          unused.addAll(sentences);
        }
        if (i > 0) {
          paragraph.append(' ');
        }
        paragraph.append(unused.remove(random.nextInt(unused.size())));
      }
      return paragraph.toString();
    }
  }
}
