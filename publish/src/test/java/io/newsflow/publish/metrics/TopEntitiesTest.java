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
  void listsNothingForEmptyWindow() {
    assertThat(TopEntities.of(Map.of(), 10)).isEmpty();
  }
}
