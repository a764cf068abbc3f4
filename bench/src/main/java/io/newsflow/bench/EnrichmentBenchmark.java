package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichedArticle;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Articles per second through {@link ArticleEnricher#enrich}, one article per operation, rotating
 * over every raw article of the corpus so no single file's shape dominates. Single thread: the
 * figure is per core, the unit the enrich topology scales by.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
public class EnrichmentBenchmark {

  /** Relative paths resolve against the working directory: run from the repo root. */
  @Param({"../shared/corpus/dev"})
  public String corpus;

  private ArticleEnricher enricher;
  private CorpusArticle[] articles;
  private int next;
  private final CpuMeter cpu = new CpuMeter();

  @Setup
  public void setUp() {
    enricher = new ArticleEnricher();
    List<CorpusArticle> loaded = CorpusArticle.load(Path.of(corpus));
    // Fail before measuring rather than measure exceptions: every article must enrich.
    for (CorpusArticle article : loaded) {
      enricher.enrich(article.text(), article.contentType());
    }
    articles = loaded.toArray(CorpusArticle[]::new);
  }

  @Setup(Level.Iteration)
  public void startIteration() {
    cpu.startIteration();
  }

  @TearDown(Level.Iteration)
  public void endIteration(IterationParams iteration) {
    cpu.endIteration(iteration);
  }

  @TearDown
  public void report() {
    cpu.report("EnrichmentBenchmark");
  }

  @Benchmark
  public EnrichedArticle enrich() {
    CorpusArticle article = articles[next];
    cpu.countArticle();
    next = next + 1 == articles.length ? 0 : next + 1;
    return enricher.enrich(article.text(), article.contentType());
  }
}
