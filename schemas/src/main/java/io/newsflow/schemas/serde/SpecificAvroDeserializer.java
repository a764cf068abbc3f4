package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro. The writer's schema comes from the registry by the id in the frame;
 * the reader's schema is that of the generated class with the same full name (Avro schema
 * resolution then fills defaults for fields the writer did not know). With
 * {@code specific.avro.reader=false} it returns generic records in the writer's schema.
 */
public class SpecificAvroDeserializer<T> implements Deserializer<T> {
  static {
    TrustedRecords.install();
  }

  private SchemaRegistryClient registry;
  private boolean specific = true;
  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

  public SpecificAvroDeserializer() {}

  public SpecificAvroDeserializer(SchemaRegistryClient registry, boolean specificReader) {
    this.registry = registry;
    this.specific = specificReader;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SerdeConfig config = SerdeConfig.from(configs);
    this.registry = SchemaRegistryClient.forUrls(config.registryUrls(), config.basicAuthUserInfo());
    this.specific = config.specificAvroReader();
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("SpecificAvroDeserializer used before configure(): set schema.registry.url");
    }
    int id = WireFormat.schemaId(data);
    try {
      DatumReader<T> reader = readers.computeIfAbsent(id, this::readerFor);
      BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
          data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null);
      return reader.read(null, decoder);
    } catch (SchemaRegistryException e) {
      throw new SerializationException("Cannot fetch schema " + id + " for a record of topic " + topic + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot deserialize a record of topic " + topic + " written with schema id "
          + id + ": " + e.getMessage(), e);
    }
  }

  private DatumReader<T> readerFor(int id) {
    Schema writer = registry.schemaById(id);
    if (!specific) {
      return new GenericDatumReader<>(writer);
    }
    Class<?> generated = SpecificData.get().getClass(writer);
    if (generated == null) {
      throw new SerializationException("No generated class for " + writer.getFullName()
          + " on the classpath; set specific.avro.reader=false to read generic records");
    }
    Schema reader = SpecificData.get().getSchema(generated);
    return new SpecificDatumReader<>(writer, reader);
  }
}
