package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Articles per CPU-second of the benchmark thread, beside JMH's wall-clock figure. On a machine
 * shared with other builds, wall-clock throughput swings with the neighbours' load; the thread's
 * own CPU time per article swings far less. It leaves out GC and JIT threads, so it is an upper
 * bound of what one core sustains; JMH's figure on a quiet machine is the one to quote.
 */
final class CpuMeter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Double> measured = new ArrayList<>();
  private long ops;
  private long opsAtStart;
  private long cpuAtStart;

  /** Call from the benchmark thread: in a Scope.Thread state's Level.Iteration setup. */
  void startIteration() {
    opsAtStart = ops;
    cpuAtStart = THREADS.getCurrentThreadCpuTime();
  }

  void countArticle() {
    ops++;
  }

  /** Call from the benchmark thread: in a Scope.Thread state's Level.Iteration teardown. */
  void endIteration(IterationParams iteration) {
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
    if (iteration.getType() == IterationType.MEASUREMENT && cpuNanos > 0) {
      measured.add((ops - opsAtStart) * 1e9 / cpuNanos);
    }
  }

  /** One line run.sh picks up: {@code CPU-TIME <name>: <mean> articles per CPU-second ...}. */
  void report(String benchmark) {
    double mean = measured.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double min = measured.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double max = measured.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    System.out.println(String.format(Locale.ROOT,
        "%nCPU-TIME %s: %.1f articles per CPU-second of the benchmark thread (iterations %.0f..%.0f)",
        benchmark, mean, min, max));
  }
}
