package io.newsflow.service.serde;

import io.newsflow.schemas.config.NewsflowConfig;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Refuses an output record that is too large while it is serialized, before it reaches the
 * producer. Under exactly-once a record the producer itself rejects as too large puts the
 * transaction into an abortable state: the task would fail, retry the same input and fail again,
 * stalling its partition. A serialization error instead goes to the production exception handler
 * with the transaction intact, and the input is dead-lettered.
 */
public final class SizeLimit {
  /** Room for key, headers and batch overhead within the producer's request limit. */
  static final int HEADROOM = 4096;
  private static final int KAFKA_DEFAULT_MAX_REQUEST = 1_048_576;

  private SizeLimit() {}

  /** Serde-config key under which topologies find the limit ({@link #serdeConfig}). */
  public static final String MAX_VALUE_BYTES = "newsflow.max.value.bytes";

  /** The largest value newsflow writes: the producer's {@code max.request.size} less headroom. */
  public static int maxValueBytes(NewsflowConfig config) {
    long request = config.getLong("kafka.producer.max.request.size",
        config.getLong("kafka.max.request.size", KAFKA_DEFAULT_MAX_REQUEST));
    return (int) Math.max(1, request - HEADROOM);
  }

  /** The limit a topology was given in its serde config, or the one for Kafka's defaults. */
  public static int maxValueBytes(Map<String, ?> serdeConfig) {
    Object value = serdeConfig.get(MAX_VALUE_BYTES);
    return value == null ? KAFKA_DEFAULT_MAX_REQUEST - HEADROOM : Integer.parseInt(value.toString());
  }

  /** The serde settings of a stage: registry settings plus the value size limit. */
  public static Map<String, Object> serdeConfig(NewsflowConfig config) {
    Map<String, Object> serdes = new java.util.LinkedHashMap<>(config.serdeProperties());
    serdes.put(MAX_VALUE_BYTES, Integer.toString(maxValueBytes(config)));
    return serdes;
  }

  /**
   * A sink's serde and the check that runs before it, sharing the bytes. {@link Checked#writable} serializes a value
   * the way its sink will, before anything is remembered or forked for it: an output the sink would refuse then
   * fails where it arose, as a processing error, with no state updated and no ops event sent for it. The sink's
   * serializer ({@link Checked#serde}) then sends those very bytes instead of serializing the record a second time.
   *
   * <p>The bytes are kept per stream thread for the one record in flight (Kafka Streams takes a record through the
   * check and on to its sink before it reads the next one), and only for that same object: any other value the
   * sink is given is serialized, and size-checked, as usual.
   */
  public static <T> Checked<T> checkedOnce(String topic, Serde<T> serde, int maxBytes) {
    return new Checked<>(topic, serde, maxBytes);
  }

  /** See {@link #checkedOnce}. */
  public static final class Checked<T> {
    private final String topic;
    private final Serializer<T> limited;
    private final Serde<T> serde;
    /** The value last checked on this thread and its bytes, until the sink takes them. */
    private final ThreadLocal<Pending> inFlight = new ThreadLocal<>();

    private record Pending(Object value, byte[] bytes) {}

    private Checked(String topic, Serde<T> inner, int maxBytes) {
      this.topic = topic;
      this.limited = limit(inner, maxBytes).serializer();
      this.serde = Serdes.serdeFrom(new Serializer<T>() {
        @Override
        public byte[] serialize(String t, T data) {
          return sinkBytes(t, data);
        }

        @Override
        public void close() {
          limited.close();
        }
      }, inner.deserializer());
    }

    /**
     * Returns the value unchanged once it has serialized within the limit.
     *
     * @throws RecordTooLargeException when the serialized value is over the limit
     */
    public T writable(T value) {
      inFlight.set(new Pending(value, limited.serialize(topic, value)));
      return value;
    }

    /** For the sink (and for reading the topic back): values are deserialized as by the serde it wraps. */
    public Serde<T> serde() {
      return serde;
    }

    private byte[] sinkBytes(String t, T data) {
      Pending checked = inFlight.get();
      if (checked != null && checked.value() == data && topic.equals(t)) {
        inFlight.remove();
        return checked.bytes();
      }
      return limited.serialize(t, data);
    }
  }

  public static <T> Serde<T> limit(Serde<T> serde, int maxBytes) {
    return Serdes.serdeFrom(new Limited<>(serde.serializer(), maxBytes), serde.deserializer());
  }

  private record Limited<T>(Serializer<T> inner, int maxBytes) implements Serializer<T> {
    @Override
    public byte[] serialize(String topic, T data) {
      return check(topic, inner.serialize(topic, data));
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
      return check(topic, inner.serialize(topic, headers, data));
    }

    private byte[] check(String topic, byte[] bytes) {
      if (bytes != null && bytes.length > maxBytes) {
        throw new RecordTooLargeException("record for " + topic + " is " + bytes.length
            + " bytes serialized, more than the " + maxBytes + " newsflow may write (producer max.request.size less headroom)");
      }
      return bytes;
    }
  }
}
