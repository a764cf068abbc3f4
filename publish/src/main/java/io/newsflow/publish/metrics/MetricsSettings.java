package io.newsflow.publish.metrics;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;

/**
 * How the per-source figures are windowed.
 *
 * @param window length of the tumbling window ({@code metrics.window.ms}, default one minute)
 * @param grace how long after a window's end late ops events are still counted ({@code metrics.grace.ms},
 *     default 30 s): events reach the metrics from several stages and partitions, slightly out of order;
 *     a window's figures are emitted once, when it closes (end plus grace, in event time)
 * @param topEntities how many names {@code topEntities} lists ({@code metrics.top.entities})
 * @param entityCapacity most entity counters kept per source and window ({@code metrics.entity.capacity},
 *     default 200): bounds the window's size; see {@link TopEntities}
 */
public record MetricsSettings(Duration window, Duration grace, int topEntities, int entityCapacity) {
  public static final String WINDOW_MS = "metrics.window.ms";
  public static final String GRACE_MS = "metrics.grace.ms";
  public static final String TOP_ENTITIES = "metrics.top.entities";
  public static final String ENTITY_CAPACITY = "metrics.entity.capacity";

  public MetricsSettings {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(WINDOW_MS + " must be positive, got " + window.toMillis());
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException(GRACE_MS + " must not be negative, got " + grace.toMillis());
    }
    if (topEntities < 0 || entityCapacity < Math.max(1, topEntities)) {
      throw new IllegalArgumentException(TOP_ENTITIES + " must be at least 0 and " + ENTITY_CAPACITY
          + " at least 1 and at least " + TOP_ENTITIES + ", got " + topEntities + " and " + entityCapacity);
    }
  }

  public static MetricsSettings defaults() {
    return new MetricsSettings(Duration.ofMinutes(1), Duration.ofSeconds(30), 10, 200);
  }

  public static MetricsSettings from(NewsflowConfig config) {
    MetricsSettings defaults = defaults();
    return new MetricsSettings(
        Duration.ofMillis(config.getLong(WINDOW_MS, defaults.window().toMillis())),
        Duration.ofMillis(config.getLong(GRACE_MS, defaults.grace().toMillis())),
        config.getInt(TOP_ENTITIES, defaults.topEntities()),
        config.getInt(ENTITY_CAPACITY, defaults.entityCapacity()));
  }
}
