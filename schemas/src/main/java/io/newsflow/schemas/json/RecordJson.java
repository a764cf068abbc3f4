package io.newsflow.schemas.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes Avro records as the plain JSON a newsroom engineer expects to read: no union wrappers
 * (Avro's own JSON encoding writes {@code {"string": "x"}}), enums as their symbol, timestamps as
 * ISO-8601 instants, bytes as base64.
 */
public final class RecordJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  public static String toJson(GenericRecord record) {
    return write(record, false);
  }

  public static String toPrettyJson(GenericRecord record) {
    return write(record, true);
  }

  private static String write(GenericRecord record, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      writeValue(json, record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + record.getSchema().getFullName() + " as JSON", e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof GenericRecord record) {
      json.writeStartObject();
      for (Schema.Field field : record.getSchema().getFields()) {
        json.writeFieldName(field.name());
        writeValue(json, record.get(field.pos()));
      }
      json.writeEndObject();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof Collection<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        writeValue(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof GenericContainer) {
      json.writeString(value.toString());
    } else if (value instanceof Instant instant) {
      json.writeString(instant.toString());
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof Double d) {
      json.writeNumber(d);
    } else if (value instanceof Float f) {
      json.writeNumber(f);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof ByteBuffer bytes) {
      ByteBuffer copy = bytes.duplicate();
      byte[] raw = new byte[copy.remaining()];
      copy.get(raw);
      json.writeString(Base64.getEncoder().encodeToString(raw));
    } else {
      json.writeString(value.toString());
    }
  }
}
