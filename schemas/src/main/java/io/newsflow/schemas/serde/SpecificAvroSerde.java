package io.newsflow.schemas.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Serde of specific Avro records in Confluent's wire format, configured like Confluent's SpecificAvroSerde. */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final SpecificAvroSerializer<T> serializer = new SpecificAvroSerializer<>();
  private final SpecificAvroDeserializer<T> deserializer = new SpecificAvroDeserializer<>();

  /** A value serde, ready to use. */
  public static <T extends SpecificRecord> SpecificAvroSerde<T> forValues(Map<String, ?> configs) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
    serde.configure(configs, false);
    return serde;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
