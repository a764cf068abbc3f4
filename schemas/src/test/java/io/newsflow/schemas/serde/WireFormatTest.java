package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.Source;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WireFormatTest {
  private static final String SCOPE = "wire-format-test";
  private final SchemaRegistryClient registry = MockSchemaRegistry.forScope(SCOPE);

  @AfterEach
  void forgetSchemas() {
    MockSchemaRegistry.drop(SCOPE);
  }

  /**
   * Bytes worked out by hand from the Confluent wire-format and Avro binary-encoding specs, i.e.
   * what Confluent's KafkaAvroSerializer writes for this record under schema id 1.
   */
  @Test
  void writesConfluentFramingByteForByte() {
    SpecificAvroSerializer<Source> serializer = new SpecificAvroSerializer<>(registry, config(), false);
    Source source = Source.newBuilder().setName("dpa").setUrl("u").setSourceId(null).build();

    byte[] bytes = serializer.serialize("news.raw.v1", source);

    assertThat(bytes).containsExactly(
        0x00,                   // magic byte
        0x00, 0x00, 0x00, 0x01, // schema id 1, big-endian
        0x06, 'd', 'p', 'a',    // name: zig-zag length 3, UTF-8
        0x02, 0x02, 'u',        // url: union branch 1 (string), length 1
        0x00);                  // sourceId: union branch 0 (null)
  }

  @Test
  void registersUnderTopicNameStrategySubjects() {
    SpecificAvroSerializer<Source> values = new SpecificAvroSerializer<>(registry, config(), false);
    SpecificAvroSerializer<Source> keys = new SpecificAvroSerializer<>(registry, config(), true);
    Source source = Source.newBuilder().setName("x").build();

    values.serialize("news.raw.v1", source);
    keys.serialize("news.raw.v1", source);

    assertThat(registry.latest("news.raw.v1-value").schema()).isEqualTo(Source.getClassSchema());
    assertThat(registry.latest("news.raw.v1-key").schema()).isEqualTo(Source.getClassSchema());
  }

  @Test
  void roundTripsThroughTheRegistry() {
    SpecificAvroSerializer<Source> serializer = new SpecificAvroSerializer<>(registry, config(), false);
    SpecificAvroDeserializer<Source> deserializer = new SpecificAvroDeserializer<>(registry, true);
    Source source = Source.newBuilder().setName("wp.pl").setUrl("https://wp.pl/a").setSourceId("42").build();

    Source back = deserializer.deserialize("t", serializer.serialize("t", source));

    assertThat(back).isEqualTo(source);
  }

  @Test
  void eachRecordGetsOnlyItsOwnBytesWhenTheBufferIsReused() {
    SpecificAvroSerializer<Source> serializer = new SpecificAvroSerializer<>(registry, config(), false);
    SpecificAvroDeserializer<Source> deserializer = new SpecificAvroDeserializer<>(registry, true);
    Source large = Source.newBuilder().setName("x".repeat(300_000)).setUrl("https://example.com/" + "y".repeat(40_000)).build();
    Source small = Source.newBuilder().setName("wp.pl").setUrl(null).build();

    byte[] first = serializer.serialize("t", large);
    byte[] second = serializer.serialize("t", small);
    byte[] third = serializer.serialize("t", small);

    assertThat(deserializer.deserialize("t", first)).isEqualTo(large);
    assertThat(deserializer.deserialize("t", second)).isEqualTo(small);
    assertThat(second).isEqualTo(third).hasSizeLessThan(20);
  }

  @Test
  void refusesBytesWithoutTheMagicByte() {
    SpecificAvroDeserializer<Source> deserializer = new SpecificAvroDeserializer<>(registry, true);

    assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {1, 0, 0, 0, 1, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte");
    assertThatThrownBy(() -> deserializer.deserialize("t", "{}".getBytes()))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void refusesUnknownSchemaIdWithReason() {
    SpecificAvroDeserializer<Source> deserializer = new SpecificAvroDeserializer<>(registry, true);

    assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0, 0, 0, 99, 2, 'x', 0, 0}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("99");
  }

  @Test
  void withoutAutoRegisterUnknownSchemaIsAnError() {
    SerdeConfig strict = new SerdeConfig("mock://" + SCOPE, null, false, false, true);
    SpecificAvroSerializer<Source> serializer = new SpecificAvroSerializer<>(registry, strict, false);

    assertThatThrownBy(() -> serializer.serialize("t", Source.newBuilder().setName("x").build()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("auto.register.schemas=false");
  }

  @Test
  void missingRegistryUrlIsAClearError() {
    assertThatThrownBy(() -> SerdeConfig.from(java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema.registry.url");
  }

  private static SerdeConfig config() {
    return new SerdeConfig("mock://" + SCOPE, null, true, false, true);
  }
}
