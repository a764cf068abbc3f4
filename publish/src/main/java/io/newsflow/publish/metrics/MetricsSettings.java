package io.newsflow.publish.metrics;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;

/**
 * How the per-source figures are windowed.
 *
 * @param window length of the tumbling window ({@code metrics.window.ms}, default one minute)
 * @param grace how long after a window's end late ops events are still counted ({@code metrics.grace.ms},
 *     default 30 s): events reach the metrics from several stages and partitions, slightly out of order
 * @param latencySamples most latencies kept per source and window ({@code metrics.latency.samples})
 * @param topEntities how many names {@code topEntities} lists ({@code metrics.top.entities})
 */
public record MetricsSettings(Duration window, Duration grace, int latencySamples, int topEntities) {
  public static final String WINDOW_MS = "metrics.window.ms";
  public static final String GRACE_MS = "metrics.grace.ms";
  public static final String LATENCY_SAMPLES = "metrics.latency.samples";
  public static final String TOP_ENTITIES = "metrics.top.entities";

  public MetricsSettings {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(WINDOW_MS + " must be positive, got " + window.toMillis());
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException(GRACE_MS + " must not be negative, got " + grace.toMillis());
    }
    if (latencySamples < 1 || topEntities < 0) {
      throw new IllegalArgumentException(LATENCY_SAMPLES + " must be at least 1 and " + TOP_ENTITIES
          + " at least 0, got " + latencySamples + " and " + topEntities);
    }
  }

  public static MetricsSettings defaults() {
    return new MetricsSettings(Duration.ofMinutes(1), Duration.ofSeconds(30), 10_000, 10);
  }

  public static MetricsSettings from(NewsflowConfig config) {
    MetricsSettings defaults = defaults();
    return new MetricsSettings(
        Duration.ofMillis(config.getLong(WINDOW_MS, defaults.window().toMillis())),
        Duration.ofMillis(config.getLong(GRACE_MS, defaults.grace().toMillis())),
        config.getInt(LATENCY_SAMPLES, defaults.latencySamples()),
        config.getInt(TOP_ENTITIES, defaults.topEntities()));
  }
}
