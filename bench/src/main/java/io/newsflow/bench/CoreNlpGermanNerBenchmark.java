package io.newsflow.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.nio.file.Path;
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
 * Articles per second through CoreNLP's German NER pipeline ({@link GermanNer#ANNOTATORS}) over
 * the same corpus files as {@link EnrichmentBenchmark}: plain-text files as they are, pages as
 * their jsoup text. Converting HTML happens once in setup, so only NER is timed, and so is the
 * model load (about 5 s). The CRF's JIT warm-up is slow: on 2 shared cores throughput was still
 * climbing after 15 s, hence 30 s of warm-up against newsflow's 6 s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
public class CoreNlpGermanNerBenchmark {

  /** Relative paths resolve against the working directory: run from the repo root. */
  @Param({"../shared/corpus/dev"})
  public String corpus;

  private GermanNer ner;
  private String[] texts;
  private int next;
  private final CpuMeter cpu = new CpuMeter();

  @Setup
  public void setUp() {
    ner = new GermanNer();
    texts = CorpusArticle.load(Path.of(corpus)).stream().map(CorpusArticle::plainText).toArray(String[]::new);
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
    cpu.report("CoreNlpGermanNerBenchmark");
  }

  @Benchmark
  public CoreDocument recognise() {
    String text = texts[next];
    cpu.countArticle();
    next = next + 1 == texts.length ? 0 : next + 1;
    return ner.annotate(text);
  }
}
