package io.newsflow.bench;

import io.newsflow.enrich.language.LanguageIdentifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * newsflow's {@link LanguageIdentifier} (Lingua's answers, scored over one merged n-gram table) on the same samples
 * as {@link LanguageDetectionBenchmark}, which times Lingua's own detector: time per sample, and at setup the heap its
 * tables take. Figures in docs/extraction.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
public class LanguageIdentifierBenchmark {
  private LanguageIdentifier languages;
  private int next;

  @Setup
  public void setUp() {
    Runtime rt = Runtime.getRuntime();
    long before = LanguageDetectionBenchmark.usedAfterGc(rt);
    languages = new LanguageIdentifier();
    languages.identify(LanguageDetectionBenchmark.SAMPLES[0]);
    long after = LanguageDetectionBenchmark.usedAfterGc(rt);
    System.out.printf("%nnewsflow LanguageIdentifier: tables on heap %d MB%n", (after - before) / (1024 * 1024));
  }

  @Benchmark
  public String identify() {
    String sample = LanguageDetectionBenchmark.SAMPLES[next];
    next = next + 1 == LanguageDetectionBenchmark.SAMPLES.length ? 0 : next + 1;
    return languages.identify(sample);
  }
}
