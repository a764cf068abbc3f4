package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code EnrichmentCpu DIR [WARM_ROUNDS] [ROUNDS]}: CPU milliseconds of this thread per article through
 * {@link ArticleEnricher#enrich}, over every article of a directory ({@code .txt}, {@code .html}, {@code .html.gz}),
 * round after round; prints the median and range of the rounds after warm-up. Thread CPU time moves much less with a
 * neighbour's load than JMH's wall clock, so it is the figure to compare two builds by on a shared machine (run them
 * one after the other, alternating); JMH's on a quiet machine is the one to quote (docs/benchmark.md).
 */
public final class EnrichmentCpu {
  private EnrichmentCpu() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: EnrichmentCpu DIR [WARM_ROUNDS] [ROUNDS]");
    }
    Path dir = Path.of(args[0]);
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
    List<CorpusArticle> articles = articles(dir);
    ArticleEnricher enricher = new ArticleEnricher();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < warm; r++) {
      articles.forEach(a -> enricher.enrich(a.text(), a.contentType()));
    }
    double[] perArticle = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      articles.forEach(a -> enricher.enrich(a.text(), a.contentType()));
      perArticle[r] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / articles.size();
    }
    Arrays.sort(perArticle);
    double median = perArticle[rounds / 2];
    System.out.printf(Locale.ROOT, "EnrichmentCpu %s: %d articles, CPU ms per article median %.2f (rounds %.2f..%.2f),"
        + " %.0f articles per CPU-second%n", dir, articles.size(), median, perArticle[0], perArticle[rounds - 1], 1000 / median);
  }

  private static List<CorpusArticle> articles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> gzipped = files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
      if (gzipped.isEmpty()) {
        return CorpusArticle.load(dir);
      }
      List<CorpusArticle> pages = new ArrayList<>();
      for (Path page : gzipped) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
          pages.add(new CorpusArticle(page.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8), "text/html"));
        }
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the articles in " + dir, e);
    }
  }
}
