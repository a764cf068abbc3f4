package io.newsflow.publish.metrics;

import java.util.List;

/** Latency percentiles by the nearest-rank method: always a latency that was actually measured. */
public final class Percentiles {
  private Percentiles() {}

  /**
   * @param percentile between 0 (exclusive) and 100 (inclusive)
   * @return the smallest sample such that at least {@code percentile}% of samples are at most it;
   *     0 when there are no samples
   */
  public static long nearestRank(List<Long> samples, int percentile) {
    if (percentile <= 0 || percentile > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], got " + percentile);
    }
    if (samples.isEmpty()) {
      return 0;
    }
    List<Long> sorted = samples.stream().sorted().toList();
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
