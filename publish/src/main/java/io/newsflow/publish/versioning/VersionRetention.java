package io.newsflow.publish.versioning;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;

/**
 * How long the {@code article-versions} store remembers an article id after it last arrived
 * ({@code versions.retention.ms}, default 30 days). The store is what makes a re-send a duplicate,
 * so it must outlive the re-sends of an article, but not the whole archive: an id that arrives again
 * after it was forgotten is published anew as version 1.
 *
 * @param retention how long after {@code lastSeen} an id is forgotten
 * @param sweepEvery how often the store is swept for forgotten ids (wall-clock time)
 */
public record VersionRetention(Duration retention, Duration sweepEvery) {
  public static final String RETENTION_MS = "versions.retention.ms";

  public VersionRetention {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException(RETENTION_MS + " must be positive, got " + retention.toMillis());
    }
  }

  public static VersionRetention defaults() {
    return of(Duration.ofDays(30));
  }

  public static VersionRetention from(NewsflowConfig config) {
    return of(Duration.ofMillis(config.getLong(RETENTION_MS, defaults().retention().toMillis())));
  }

  /** Sweeps a tenth of the retention apart, at most hourly: an id outlives its retention by 10 % at most. */
  public static VersionRetention of(Duration retention) {
    Duration tenth = retention.dividedBy(10);
    return new VersionRetention(retention, tenth.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1)
        : tenth.isZero() ? Duration.ofMillis(1) : tenth);
  }
}
