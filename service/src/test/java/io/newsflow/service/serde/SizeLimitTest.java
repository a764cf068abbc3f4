package io.newsflow.service.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.NewsflowConfig;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class SizeLimitTest {

  @Test
  void refusesAValueOverTheLimitWhileSerializing() {
    Serde<String> limited = SizeLimit.limit(Serdes.String(), 10);

    assertThat(limited.serializer().serialize("t", "short")).hasSize(5);
    assertThatThrownBy(() -> limited.serializer().serialize("t", "much too long"))
        .isInstanceOf(RecordTooLargeException.class)
        .hasMessageContaining("13 bytes").hasMessageContaining("10");
  }

  @Test
  void limitFollowsTheProducersRequestSizeLessHeadroom() {
    assertThat(SizeLimit.maxValueBytes(NewsflowConfig.of(Map.of()))).isEqualTo(1_048_576 - SizeLimit.HEADROOM);
    assertThat(SizeLimit.maxValueBytes(NewsflowConfig.of(Map.of("kafka.producer.max.request.size", "2000000"))))
        .isEqualTo(2_000_000 - SizeLimit.HEADROOM);
    assertThat(SizeLimit.maxValueBytes(SizeLimit.serdeConfig(NewsflowConfig.of(Map.of("kafka.max.request.size", "50000")))))
        .isEqualTo(50_000 - SizeLimit.HEADROOM);
  }
}
