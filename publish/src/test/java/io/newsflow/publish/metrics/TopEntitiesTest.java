package io.newsflow.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopEntitiesTest {
  @Test
  void ordersByCountThenByNameOnTies() {
    Map<String, Long> counts = Map.of("Warszawa", 3L, "NATO", 5L, "Donald Tusk", 3L, "Sejm", 1L);

    assertThat(TopEntities.of(counts, 10)).containsExactly("NATO", "Donald Tusk", "Warszawa", "Sejm");
  }

  @Test
  void keepsOnlyTheMostFrequent() {
    Map<String, Long> counts = new HashMap<>();
    for (int i = 0; i < 15; i++) {
      counts.put("entity-" + (char) ('a' + i), (long) i);
    }

    assertThat(TopEntities.of(counts, 10)).hasSize(10).startsWith("entity-o", "entity-n").endsWith("entity-f");
  }

  @Test
  void keepsAtMostCapacityCountersAndAlwaysTheFrequentNames() {
    Map<String, Long> counters = Map.of();
    for (int article = 0; article < 10_000; article++) {
      // NATO in every article, Sejm in every fourth, and a stream of names seen once.
      java.util.List<String> names = article % 4 == 0
          ? java.util.List.of("NATO", "Sejm", "once-" + article) : java.util.List.of("NATO", "once-" + article);
      counters = TopEntities.count(counters, names, 20);
      assertThat(counters.size()).isLessThanOrEqualTo(20);
    }
    assertThat(TopEntities.of(counters, 2)).containsExactly("NATO", "Sejm");
    assertThat(counters.get("NATO")).isGreaterThanOrEqualTo(10_000L);
  }

  @Test
  void countsANameOncePerArticle() {
    assertThat(TopEntities.count(Map.of("NATO", 2L), java.util.List.of("NATO", "NATO", "Sejm"), 5))
        .containsEntry("NATO", 3L).containsEntry("Sejm", 1L).hasSize(2);
  }

  @Test
  void listsNothingForEmptyWindow() {
    assertThat(TopEntities.of(Map.of(), 10)).isEmpty();
  }
}
