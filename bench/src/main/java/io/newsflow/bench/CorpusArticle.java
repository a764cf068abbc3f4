package io.newsflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * One raw article file of the corpus, as received. Both benchmarks read the same files so their
 * figures describe the same workload.
 */
public record CorpusArticle(String name, String text, String contentType) {

  /** Every .txt and .html file of {@code dir}, in name order (gold files are skipped). */
  public static List<CorpusArticle> load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("corpus directory " + dir.toAbsolutePath().normalize()
          + " does not exist; run from the repo root or pass -p corpus=DIR");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<CorpusArticle> articles = files
          .filter(CorpusArticle::isArticle)
          .sorted()
          .map(CorpusArticle::read)
          .toList();
      if (articles.isEmpty()) {
        throw new IllegalArgumentException("no .txt or .html article in " + dir.toAbsolutePath().normalize());
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus directory " + dir, e);
    }
  }

  public static CorpusArticle read(Path file) {
    try {
      String fileName = file.getFileName().toString();
      String base = fileName.substring(0, fileName.lastIndexOf('.'));
      return new CorpusArticle(base, Files.readString(file, StandardCharsets.UTF_8), contentType(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read article " + file, e);
    }
  }

  /** The text a plain-text NLP pipeline gets: the file itself, or the visible text of a page. */
  public String plainText() {
    return isHtml() ? Jsoup.parse(text).text() : text;
  }

  public boolean isHtml() {
    return contentType.equals("text/html");
  }

  private static boolean isArticle(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
  }

  private static String contentType(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain";
  }
}
