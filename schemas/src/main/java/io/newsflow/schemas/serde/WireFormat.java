package io.newsflow.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the schema's registry id as a 4-byte big-endian int, then
 * the Avro binary encoding of the record. Any Confluent-compatible consumer can read it.
 */
public final class WireFormat {
  public static final byte MAGIC_BYTE = 0;
  public static final int HEADER_SIZE = 5;

  private WireFormat() {}

  /** The schema id a framed record was written with. */
  public static int schemaId(byte[] framed) {
    if (framed == null || framed.length < HEADER_SIZE) {
      throw new SerializationException("Not a schema-registry framed record: "
          + (framed == null ? "null" : framed.length + " bytes") + ", at least " + HEADER_SIZE + " expected");
    }
    if (framed[0] != MAGIC_BYTE) {
      throw new SerializationException("Unknown magic byte " + framed[0]
          + ": the record was not written by a Confluent-compatible Avro serializer");
    }
    return ByteBuffer.wrap(framed, 1, 4).getInt();
  }

  /** Writes the 5-byte header for a schema id. */
  public static byte[] header(int schemaId) {
    return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(schemaId).array();
  }
}
