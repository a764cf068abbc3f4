package io.newsflow.publish.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsSettingsTest {
  @Test
  void defaultsToOneMinuteWindowsTenThousandSamplesAndTopTen() {
    MetricsSettings settings = MetricsSettings.from(NewsflowConfig.of(Map.of()));

    assertThat(settings).isEqualTo(new MetricsSettings(Duration.ofMinutes(1), Duration.ofSeconds(30), 10, 200));
  }

  @Test
  void readsWindowGraceSamplesAndTopEntitiesFromConfig() {
    MetricsSettings settings = MetricsSettings.from(NewsflowConfig.of(Map.of(
        MetricsSettings.WINDOW_MS, "10000", MetricsSettings.GRACE_MS, "0",
        MetricsSettings.ENTITY_CAPACITY, "500", MetricsSettings.TOP_ENTITIES, "5")));

    assertThat(settings).isEqualTo(new MetricsSettings(Duration.ofSeconds(10), Duration.ZERO, 5, 500));
  }

  @Test
  void rejectsEmptyWindowWithTheSettingsName() {
    assertThatThrownBy(() -> MetricsSettings.from(NewsflowConfig.of(Map.of(MetricsSettings.WINDOW_MS, "0"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metrics.window.ms");
  }
}
