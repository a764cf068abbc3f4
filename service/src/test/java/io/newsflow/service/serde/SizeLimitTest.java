package io.newsflow.service.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.NewsflowConfig;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
  void theSinkSendsTheBytesTheCheckMadeInsteadOfSerializingAgain() {
    AtomicInteger serialized = new AtomicInteger();
    Serde<String> counting = Serdes.serdeFrom((topic, value) -> {
      serialized.incrementAndGet();
      return value.getBytes(StandardCharsets.UTF_8);
    }, Serdes.String().deserializer());
    SizeLimit.Checked<String> checked = SizeLimit.checkedOnce("articles", counting, 10);
    String article = new String("short");

    byte[] checkedBytes = counting.serializer().serialize("articles", article);
    assertThat(checked.writable(article)).isSameAs(article);
    byte[] sent = checked.serde().serializer().serialize("articles", article);

    assertThat(sent).isEqualTo(checkedBytes);
    assertThat(serialized).hasValue(2); // one above for comparison, one in the check, none in the sink
    // The bytes were for that one send: another value, or the same one sent again, is serialized afresh.
    checked.serde().serializer().serialize("articles", article);
    checked.serde().serializer().serialize("articles", new String("other"));
    assertThat(serialized).hasValue(4);
  }

  @Test
  void theCheckRefusesATooLargeValueAndTheSinkStillLimitsUncheckedOnes() {
    SizeLimit.Checked<String> checked = SizeLimit.checkedOnce("articles", Serdes.String(), 10);

    assertThatThrownBy(() -> checked.writable("much too long"))
        .isInstanceOf(RecordTooLargeException.class).hasMessageContaining("13 bytes");
    assertThatThrownBy(() -> checked.serde().serializer().serialize("articles", "much too long"))
        .isInstanceOf(RecordTooLargeException.class);
    assertThat(checked.serde().deserializer().deserialize("articles", "short".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("short");
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
