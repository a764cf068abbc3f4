package io.newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.NewsflowConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeLimitsTest {
  @Test
  void defaultsFitInAKafkaRecord() {
    IntakeLimits limits = IntakeLimits.from(NewsflowConfig.of(Map.of()));
    assertThat(limits).isEqualTo(IntakeLimits.DEFAULTS);
    assertThat(limits.maxArticleBytes()).isEqualTo(512 * 1024);
  }

  @Test
  void readsLimitsFromConfig() {
    IntakeLimits limits = IntakeLimits.from(NewsflowConfig.of(Map.of(IntakeLimits.ARTICLE_KEY, "100000",
        IntakeLimits.METADATA_KEY, "2000", IntakeLimits.ENVELOPE_KEY, "300000")));
    assertThat(limits).isEqualTo(new IntakeLimits(100000, 2000, 300000));
  }

  @Test
  void refusesAnArticleLimitThatCannotFitTheTopic() {
    assertThatThrownBy(() -> IntakeLimits.from(NewsflowConfig.of(Map.of(IntakeLimits.ARTICLE_KEY, String.valueOf(1024 * 1024)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(IntakeLimits.ARTICLE_KEY).hasMessageContaining("1048576");
  }

  @Test
  void refusesLimitsOverASmallerProducerMaxRequestSize() {
    assertThatThrownBy(() -> IntakeLimits.from(NewsflowConfig.of(Map.of("kafka.max.request.size", "300000"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("300000");
  }

  @Test
  void aLargerProducerLimitDoesNotRaiseTheTopicLimit() {
    assertThatThrownBy(() -> IntakeLimits.from(NewsflowConfig.of(Map.of("kafka.max.request.size", "5000000",
        IntakeLimits.ARTICLE_KEY, "1040000"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new IntakeLimits(0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IntakeLimits(1000, 10, 999)).hasMessageContaining(IntakeLimits.ENVELOPE_KEY);
    assertThatThrownBy(() -> IntakeLimits.from(NewsflowConfig.of(Map.of(IntakeLimits.ARTICLE_KEY, "lots"))))
        .hasMessageContaining("whole number");
  }
}
