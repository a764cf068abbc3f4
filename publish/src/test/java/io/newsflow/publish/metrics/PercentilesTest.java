package io.newsflow.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void picksMeasuredSampleAtNearestRank() {
    List<Long> latencies = List.of(400L, 100L, 300L, 200L, 500L);

    assertThat(Percentiles.nearestRank(latencies, 50)).isEqualTo(300);
    assertThat(Percentiles.nearestRank(latencies, 95)).isEqualTo(500);
    assertThat(Percentiles.nearestRank(latencies, 20)).isEqualTo(100);
    assertThat(Percentiles.nearestRank(latencies, 21)).isEqualTo(200);
  }

  @Test
  void takesLowerMiddleOfEvenCountAsMedian() {
    assertThat(Percentiles.nearestRank(List.of(10L, 20L, 30L, 40L), 50)).isEqualTo(20);
  }

  @Test
  void findsP95OfHundredSamples() {
    List<Long> latencies = LongStream.rangeClosed(1, 100).boxed().toList();

    assertThat(Percentiles.nearestRank(latencies, 95)).isEqualTo(95);
    assertThat(Percentiles.nearestRank(latencies, 50)).isEqualTo(50);
    assertThat(Percentiles.nearestRank(latencies, 100)).isEqualTo(100);
  }

  @Test
  void reportsZeroWithoutSamples() {
    assertThat(Percentiles.nearestRank(List.of(), 95)).isZero();
  }

  @Test
  void returnsTheOnlySampleForAnyPercentile() {
    assertThat(Percentiles.nearestRank(List.of(7L), 1)).isEqualTo(7);
    assertThat(Percentiles.nearestRank(List.of(7L), 95)).isEqualTo(7);
  }

  @Test
  void rejectsPercentileOutsideRange() {
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(1L), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(1L), 101)).isInstanceOf(IllegalArgumentException.class);
  }
}
