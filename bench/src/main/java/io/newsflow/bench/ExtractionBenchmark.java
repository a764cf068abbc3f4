package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per HTML page through {@link ArticleEnricher#enrich} (parse, metadata, main content,
 * structure, language, credits; entities and quotes where the language has them), one Zyte dev page
 * per operation, rotating over all 91. Sample-time mode, so JMH prints the median (p0.50) beside the
 * mean; single thread, the figure is per core. See docs/extraction.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractionBenchmark {

  /** Relative paths resolve against the working directory: run from the repo root. */
  @Param({"../shared/extraction/zyte-dev/html"})
  public String pages;

  private ArticleEnricher enricher;
  private String[] html;
  private int next;

  @Setup
  public void setUp() throws IOException {
    enricher = new ArticleEnricher();
    List<String> loaded = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(pages))) {
      files.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(p -> loaded.add(gunzip(p)));
    }
    if (loaded.isEmpty()) {
      throw new IllegalStateException("no *.html.gz pages in " + pages + " (run from the repo root beside ../shared)");
    }
    // Fail before measuring rather than measure exceptions: every page must enrich.
    for (String page : loaded) {
      enricher.enrich(page, "text/html");
    }
    html = loaded.toArray(String[]::new);
  }

  @Benchmark
  public EnrichedArticle enrichPage() {
    String page = html[next];
    next = next + 1 == html.length ? 0 : next + 1;
    return enricher.enrich(page, "text/html");
  }

  private static String gunzip(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
