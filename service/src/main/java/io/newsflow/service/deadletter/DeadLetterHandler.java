package io.newsflow.service.deadletter;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Stage;
import io.newsflow.schemas.registry.SchemaRegistryException;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import io.newsflow.service.ops.OpsEvents;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' own error-handler hooks (KIP-1033/1034) routed to newsflow's dead-letter topic: the
 * record's original bytes go there untouched, with the reason in headers, and an ops event says so.
 * Both are returned to Streams as dead-letter records, so they are written in the same transaction
 * as the task's offsets: under exactly-once a poison pill is dead-lettered exactly once.
 *
 * <p>Problems of the infrastructure, not of the record (registry unreachable or refusing the output
 * schema, broker errors), are not dead-lettered: the thread fails and the record is processed again
 * after recovery, so good input is never parked for an outage or a bad deployment.
 */
public class DeadLetterHandler
    implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {
  public static final String DLQ_TOPIC = "newsflow.dlq.topic";
  public static final String OPS_TOPIC = "newsflow.ops.events.topic";
  public static final String STAGE = "newsflow.stage";

  public static final String HEADER_STAGE = "newsflow.error.stage";
  public static final String HEADER_REASON = "newsflow.error.reason";
  public static final String HEADER_ERROR_CLASS = "newsflow.error.class";
  public static final String HEADER_MESSAGE = "newsflow.error.message";
  public static final String HEADER_TOPIC = "newsflow.source.topic";
  public static final String HEADER_PARTITION = "newsflow.source.partition";
  public static final String HEADER_OFFSET = "newsflow.source.offset";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

  private String dlqTopic;
  private String opsTopic;
  private Stage stage;
  private SpecificAvroSerializer<OpsEvent> opsSerializer;
  private Clock clock = Clock.systemUTC();

  @Override
  public void configure(Map<String, ?> configs) {
    dlqTopic = required(configs, DLQ_TOPIC);
    opsTopic = required(configs, OPS_TOPIC);
    stage = Stage.valueOf(required(configs, STAGE));
    opsSerializer = new SpecificAvroSerializer<>();
    opsSerializer.configure(configs, false);
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    if (isOutage(exception)) {
      LOG.error("Cannot read {}-{}@{} while the schema registry is unreachable; failing so it is retried",
          context.topic(), context.partition(), context.offset(), exception);
      return DeserializationExceptionHandler.Response.fail();
    }
    String id = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    return DeserializationExceptionHandler.Response.resume(
        deadLetters(context, "undeserializable", exception, id, null));
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    // A registry error while processing comes from a state store's values or an output checked before
    // it is written, never from the input record itself (that was read already): not its fault.
    if (causedBy(exception, SchemaRegistryException.class)) {
      LOG.error("Cannot process {}-{}@{}: the schema registry failed; failing so it is retried",
          context.topic(), context.partition(), context.offset(), exception);
      return ProcessingExceptionHandler.Response.fail();
    }
    // Outputs are checked against the size limit before state is updated (SizeLimit.checkedOnce).
    String reason = causedBy(exception, RecordTooLargeException.class) ? "output-too-large" : "processing-failed";
    return ProcessingExceptionHandler.Response.resume(
        deadLetters(context, reason, exception, keyOf(record), sourceOf(record.value())));
  }

  @Override
  public ProductionExceptionHandler.Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    // Too-large output is refused earlier, while serializing (SizeLimit), because a send that the
    // producer refuses has already spoiled the transaction; what reaches this point is not the record's fault.
    return ProductionExceptionHandler.Response.fail();
  }

  @Override
  public ProductionExceptionHandler.Response handleSerializationError(
      ErrorHandlerContext context, ProducerRecord record, Exception exception,
      ProductionExceptionHandler.SerializationExceptionOrigin origin) {
    // Any registry refusal on the way out (unreachable, or the output schema incompatible) is a
    // deployment problem shared by every record: stop and retry rather than park good input.
    if (causedBy(exception, SchemaRegistryException.class)) {
      return ProductionExceptionHandler.Response.fail();
    }
    String reason = causedBy(exception, RecordTooLargeException.class) ? "output-too-large" : "output-unserializable";
    return ProductionExceptionHandler.Response.resume(deadLetters(context, reason, exception, rawKey(context), null));
  }

  private List<ProducerRecord<byte[], byte[]>> deadLetters(
      ErrorHandlerContext context, String reason, Exception exception, String articleId, String source) {
    String message = String.valueOf(exception.getMessage());
    LOG.warn("Dead-lettering {}-{}@{} ({}): {}", context.topic(), context.partition(), context.offset(), reason, message);
    Headers headers = new RecordHeaders(context.headers().toArray());
    header(headers, HEADER_STAGE, stage.name());
    header(headers, HEADER_REASON, reason);
    header(headers, HEADER_ERROR_CLASS, exception.getClass().getName());
    header(headers, HEADER_MESSAGE, message);
    header(headers, HEADER_TOPIC, context.topic());
    header(headers, HEADER_PARTITION, Integer.toString(context.partition()));
    header(headers, HEADER_OFFSET, Long.toString(context.offset()));
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(2);
    // The failed record's own timestamp: dead letters then sort and expire with the input they came from.
    long timestamp = context.timestamp();
    records.add(new ProducerRecord<>(dlqTopic, null, timestamp, context.sourceRawKey(), context.sourceRawValue(), headers));
    OpsEvent event = OpsEvents.rejected(articleId, source, stage, reason + ": " + message, clock.instant());
    records.add(new ProducerRecord<>(opsTopic, null, timestamp, context.sourceRawKey(), opsSerializer.serialize(opsTopic, event)));
    return records;
  }

  private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
    return causeOf(exception, type).isPresent();
  }

  private static boolean isOutage(Throwable exception) {
    return causeOf(exception, SchemaRegistryException.class)
        .map(registry -> registry.status() < 0 || registry.status() >= 500)
        .orElse(false);
  }

  private static <T extends Throwable> Optional<T> causeOf(Throwable exception, Class<T> type) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  private static String keyOf(Record<?, ?> record) {
    return record.key() == null ? null : record.key().toString();
  }

  private static String rawKey(ErrorHandlerContext context) {
    return context.sourceRawKey() == null ? null : new String(context.sourceRawKey(), StandardCharsets.UTF_8);
  }

  private static String sourceOf(Object value) {
    if (value instanceof RawArticle raw) {
      return raw.getSource().getName();
    }
    if (value instanceof NewsArticle article) {
      return article.getSource().getName();
    }
    return null;
  }

  private static void header(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String required(Map<String, ?> configs, String key) {
    Object value = configs.get(key);
    if (value == null) {
      throw new IllegalArgumentException(DeadLetterHandler.class.getSimpleName() + " needs " + key);
    }
    return value.toString();
  }
}
