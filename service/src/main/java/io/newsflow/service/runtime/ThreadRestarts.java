package io.newsflow.service.runtime;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a stage answers stream-thread failures. A failure that is not the record's fault (registry or
 * broker down) repeats as soon as the replaced thread reprocesses the record, so each replacement
 * waits longer than the one before (doubling up to a ceiling), and a run of failures without a quiet
 * spell between them is bounded: after the last allowed one the instance gives up, so its supervisor
 * sees a failed process instead of a hot restart-and-rebalance loop. A failure after the instance has
 * been RUNNING for {@link #quietPeriod()} since the previous one starts a new run. (Time since the last
 * failure alone would not do: a replacement and its rebalance can take longer than any backoff.)
 *
 * <p>Not thread-safe on its own; {@link StreamsService} calls it under its lock.
 */
public final class ThreadRestarts {
  public static final String MAX = "streams.restart.max";
  public static final String BACKOFF_MS = "streams.restart.backoff.ms";
  public static final String BACKOFF_MAX_MS = "streams.restart.backoff.max.ms";

  private static final Duration QUIET_PERIOD = Duration.ofMinutes(1);

  private final int maxRestarts;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private int failuresInRun;
  private Instant lastFailure;

  public ThreadRestarts(int maxRestarts, Duration firstBackoff, Duration maxBackoff) {
    if (maxRestarts < 0 || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException("thread restarts need " + MAX + " >= 0 and 0 <= " + BACKOFF_MS
          + " <= " + BACKOFF_MAX_MS + ", got " + maxRestarts + ", " + firstBackoff + ", " + maxBackoff);
    }
    this.maxRestarts = maxRestarts;
    this.firstBackoff = firstBackoff;
    this.maxBackoff = maxBackoff;
  }

  /** Defaults: 10 restarts in a run, waiting 1 s, 2 s, 4 s ... up to 30 s (about 3 minutes in all). */
  public static ThreadRestarts from(NewsflowConfig config) {
    return new ThreadRestarts(config.getInt(MAX, 10),
        Duration.ofMillis(config.getLong(BACKOFF_MS, 1_000)),
        Duration.ofMillis(config.getLong(BACKOFF_MAX_MS, 30_000)));
  }

  /**
   * Records a failure at {@code now}.
   *
   * @param runningSince when the instance last became RUNNING, or null when it is not RUNNING
   * @return how long to wait before replacing the thread, or empty when the run is over its bound
   */
  public Optional<Duration> onFailure(Instant now, Instant runningSince) {
    if (lastFailure != null && runningSince != null && runningSince.isAfter(lastFailure)
        && Duration.between(runningSince, now).compareTo(quietPeriod()) > 0) {
      failuresInRun = 0;
    }
    lastFailure = now;
    failuresInRun++;
    if (failuresInRun > maxRestarts) {
      return Optional.empty();
    }
    return Optional.of(backoff(failuresInRun));
  }

  /** Failures in the current run. */
  public int failuresInRun() {
    return failuresInRun;
  }

  /** When the thread failed last, or null if it never did. */
  public Instant lastFailure() {
    return lastFailure;
  }

  /** A run ends once the instance has been RUNNING this long without a failure. */
  public Duration quietPeriod() {
    return QUIET_PERIOD;
  }

  private Duration backoff(int failure) {
    Duration wait = firstBackoff;
    for (int i = 1; i < failure && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
