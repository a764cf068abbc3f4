package io.newsflow.publish.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entities most in the news in a window, counted in bounded space with the Space-Saving
 * algorithm (Metwally, Agrawal, El Abbadi 2005): at most {@code capacity} counters; a new name
 * takes over the smallest counter and its count plus one. Any name mentioned in more than
 * 1/capacity of the articles is sure to be kept, and a count is over-estimated by at most the
 * smallest count. Written here because the libraries that have it (Apache DataSketches, stream-lib)
 * need JVM module flags on Java 17 or are no longer maintained; it is a dozen lines over an Avro map.
 */
public final class TopEntities {
  private TopEntities() {}

  /** The counters with each name counted once more; the given map is not changed. */
  public static Map<String, Long> count(Map<String, Long> counters, List<String> names, int capacity) {
    Map<String, Long> next = new TreeMap<>(counters);
    for (String name : names.stream().distinct().toList()) {
      Long current = next.get(name);
      if (current != null) {
        next.put(name, current + 1);
      } else if (next.size() < capacity) {
        next.put(name, 1L);
      } else {
        Map.Entry<String, Long> smallest = next.entrySet().stream().min(byCountThenName()).orElseThrow();
        next.remove(smallest.getKey());
        next.put(name, smallest.getValue() + 1);
      }
    }
    return next;
  }

  /** The {@code limit} names with the highest counts; equal counts in name order, so the list is stable. */
  public static List<String> of(Map<String, Long> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Comparator<Map.Entry<String, Long>> byCountThenName() {
    // Among equal counts the last name in order goes first, so eviction does not depend on map order.
    return Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
  }
}
