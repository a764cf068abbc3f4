package io.newsflow.service.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadRestartsTest {
  private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void doublesTheWaitUpToTheCeiling() {
    ThreadRestarts restarts = new ThreadRestarts(10, Duration.ofSeconds(1), Duration.ofSeconds(5));

    assertThat(restarts.onFailure(T0, null)).contains(Duration.ofSeconds(1));
    assertThat(restarts.onFailure(T0.plusSeconds(2), null)).contains(Duration.ofSeconds(2));
    assertThat(restarts.onFailure(T0.plusSeconds(5), null)).contains(Duration.ofSeconds(4));
    assertThat(restarts.onFailure(T0.plusSeconds(10), null)).contains(Duration.ofSeconds(5));
    assertThat(restarts.onFailure(T0.plusSeconds(16), null)).contains(Duration.ofSeconds(5));
  }

  @Test
  void givesUpAfterTheLastAllowedRestartOfARun() {
    ThreadRestarts restarts = new ThreadRestarts(2, Duration.ofSeconds(1), Duration.ofSeconds(1));

    assertThat(restarts.onFailure(T0, null)).isPresent();
    assertThat(restarts.onFailure(T0.plusSeconds(2), null)).isPresent();
    assertThat(restarts.onFailure(T0.plusSeconds(4), null)).isEqualTo(Optional.empty());
    assertThat(restarts.failuresInRun()).isEqualTo(3);
  }

  @Test
  void runningQuietlyForTheQuietPeriodStartsANewRunAtTheFirstWait() {
    ThreadRestarts restarts = new ThreadRestarts(2, Duration.ofSeconds(1), Duration.ofSeconds(4));
    restarts.onFailure(T0, null);
    restarts.onFailure(T0.plusSeconds(2), null);
    Instant runningAgain = T0.plusSeconds(5);

    Instant muchLater = runningAgain.plus(restarts.quietPeriod()).plusSeconds(1);

    assertThat(restarts.onFailure(muchLater, runningAgain)).contains(Duration.ofSeconds(1));
    assertThat(restarts.failuresInRun()).isEqualTo(1);
    assertThat(restarts.lastFailure()).isEqualTo(muchLater);
  }

  @Test
  void aLongGapSpentRebalancingDoesNotEndTheRun() {
    ThreadRestarts restarts = new ThreadRestarts(2, Duration.ofSeconds(1), Duration.ofSeconds(4));
    restarts.onFailure(T0, null);
    Instant runningBriefly = T0.plus(restarts.quietPeriod()).plusSeconds(30);

    restarts.onFailure(runningBriefly.plusSeconds(1), runningBriefly);

    assertThat(restarts.failuresInRun()).isEqualTo(2);
  }

  @Test
  void refusesABackoffCeilingBelowTheFirstWait() {
    assertThatThrownBy(() -> new ThreadRestarts(3, Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .hasMessageContaining("streams.restart.backoff.max.ms");
  }
}
