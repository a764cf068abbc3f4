package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes specific Avro records in Confluent's wire format, registering (or looking up) the schema
 * under the topic's subject ({@code <topic>-value} or {@code <topic>-key}, Confluent's TopicNameStrategy).
 */
public class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {
  static {
    TrustedRecords.install();
  }

  private SchemaRegistryClient registry;
  private SerdeConfig config;
  private boolean isKey;
  private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();
  private final Map<String, String> subjects = new ConcurrentHashMap<>();
  // Kafka Streams shares one serializer between its threads: each thread keeps its own buffer, so a
  // record is encoded without growing a fresh array from 256 bytes every time.
  private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

  public SpecificAvroSerializer() {}

  /** For code that builds its serdes by hand rather than from Kafka configs. */
  public SpecificAvroSerializer(SchemaRegistryClient registry, SerdeConfig config, boolean isKey) {
    this.registry = registry;
    this.config = config;
    this.isKey = isKey;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.config = SerdeConfig.from(configs);
    this.registry = SchemaRegistryClient.forUrls(config.registryUrls(), config.basicAuthUserInfo());
    this.isKey = isKey;
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("SpecificAvroSerializer used before configure(): set schema.registry.url");
    }
    Schema schema = record.getSchema();
    int id = schemaId(subjects.computeIfAbsent(topic, t -> Subjects.topicName(t, isKey)), schema);
    Output out = OUTPUT.get();
    out.reset();
    try {
      out.write(WireFormat.header(id));
      out.encoder = EncoderFactory.get().directBinaryEncoder(out, out.encoder);
      writers.computeIfAbsent(schema, SpecificDatumWriter::new).write(record, out.encoder);
      out.encoder.flush();
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot serialize " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
    } finally {
      out.releaseIfLarge();
    }
  }

  /** A reusable encoding buffer; one that grew past {@link #KEEP_BYTES} for a rare large record is let go. */
  private static final class Output extends ByteArrayOutputStream {
    static final int KEEP_BYTES = 256 * 1024;
    BinaryEncoder encoder;

    Output() {
      super(16 * 1024);
    }

    void releaseIfLarge() {
      if (buf.length > KEEP_BYTES) {
        OUTPUT.remove();
      }
    }
  }

  private int schemaId(String subject, Schema schema) {
    try {
      if (config.autoRegisterSchemas()) {
        return registry.register(subject, schema);
      }
      if (config.useLatestVersion()) {
        return registry.latest(subject).id();
      }
      return registry.lookup(subject, schema)
          .orElseThrow(() -> new SerializationException("Schema " + schema.getFullName()
              + " is not registered under subject " + subject + " and auto.register.schemas=false"))
          .id();
    } catch (SchemaRegistryException e) {
      throw new SerializationException("Schema registry refused " + schema.getFullName()
          + " under subject " + subject + ": " + e.getMessage(), e);
    }
  }
}
