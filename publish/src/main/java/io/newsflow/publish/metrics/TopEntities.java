package io.newsflow.publish.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The entities most in the news in a window. */
public final class TopEntities {
  private TopEntities() {}

  /** The {@code limit} names with the highest counts; equal counts in name order, so the list is stable. */
  public static List<String> of(Map<String, Long> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
