package io.newsflow.service.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.avro.Stage;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import io.newsflow.service.runtime.StreamsSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handler as Kafka Streams calls it: a topology whose step fails for some records. */
class DeadLetterHandlerTest {
  private static final String SCOPE = "dead-letter-handler-test";
  private final Map<String, String> settings = Map.of(
      "schema.registry.url", "mock://" + SCOPE, "bootstrap.servers", "unused:9092");
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, String> out;
  private TestOutputTopic<byte[], byte[]> deadLetters;
  private TestOutputTopic<String, OpsEvent> events;
  private SpecificAvroSerde<RawArticle> rawSerde;

  @BeforeEach
  void startTopology() {
    NewsflowConfig config = NewsflowConfig.of(settings);
    rawSerde = SpecificAvroSerde.forValues(config.serdeProperties());
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("news.raw.v1", Consumed.with(Serdes.String(), rawSerde))
        .mapValues(DeadLetterHandlerTest::headlineOrFail)
        .to("out", Produced.with(Serdes.String(), Serdes.String()));
    Properties props = StreamsSettings.of(config, "dlq-test", Stage.ENRICH);
    driver = new TopologyTestDriver(builder.build(), props);
    raw = driver.createInputTopic("news.raw.v1", new StringSerializer(), new ByteArraySerializer());
    out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
    deadLetters = driver.createOutputTopic("news.dlq.v1", new ByteArrayDeserializer(), new ByteArrayDeserializer());
    SpecificAvroSerde<OpsEvent> eventSerde = SpecificAvroSerde.forValues(config.serdeProperties());
    events = driver.createOutputTopic("news.ops.events.v1", new StringDeserializer(), eventSerde.deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
    MockSchemaRegistry.drop(SCOPE);
  }

  private static String headlineOrFail(RawArticle article) {
    if (article.getText().isBlank()) {
      throw new IllegalArgumentException("article has no text");
    }
    return article.getText();
  }

  /**
   * TopologyTestDriver (4.4) skips a record that fails to deserialize but does not write the
   * dead-letter records the handler returns, so the handler's answer is checked here directly and
   * the write path on a real broker in the enrich stage's integration test.
   */
  @Test
  void undeserializableRecordIsDeadLetteredUntouched() {
    byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
    DeadLetterHandler handler = configuredHandler();
    var context = new DefaultErrorHandlerContext(null, "news.raw.v1", 2, 41L, new RecordHeaders(), "source",
        new TaskId(0, 2), 0L, "bad".getBytes(StandardCharsets.UTF_8), garbage);
    var record = new ConsumerRecord<>("news.raw.v1", 2, 41L, "bad".getBytes(StandardCharsets.UTF_8), garbage);

    var response = handler.handleError(context, record, new SerializationException("Unknown magic byte 110"));

    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
    ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
    assertThat(dead.topic()).isEqualTo("news.dlq.v1");
    assertThat(dead.value()).isEqualTo(garbage);
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_REASON)).isEqualTo("undeserializable");
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_PARTITION)).isEqualTo("2");
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_OFFSET)).isEqualTo("41");
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_MESSAGE)).contains("magic byte");
    ProducerRecord<byte[], byte[]> event = response.deadLetterQueueRecords().get(1);
    assertThat(event.topic()).isEqualTo("news.ops.events.v1");
    OpsEvent opsEvent = SpecificAvroSerde.<OpsEvent>forValues(Map.of("schema.registry.url", "mock://" + SCOPE))
        .deserializer().deserialize(event.topic(), event.value());
    assertThat(opsEvent.getOutcome()).isEqualTo(Outcome.REJECTED);
    assertThat(opsEvent.getArticleId()).isEqualTo("bad");
  }

  @Test
  void aRegistryErrorWhileProcessingFailsTheThreadInsteadOfParkingTheArticle() {
    DeadLetterHandler handler = configuredHandler();
    var context = new DefaultErrorHandlerContext(null, "news.enriched.v1", 0, 3L, new RecordHeaders(), "versioning",
        new TaskId(0, 0), 0L, "a1".getBytes(StandardCharsets.UTF_8), "enriched".getBytes(StandardCharsets.UTF_8));

    var response = handler.handleError(context, new org.apache.kafka.streams.processor.api.Record<>("a1", "value", 0L),
        new org.apache.kafka.common.errors.SerializationException("store value unreadable",
            new io.newsflow.schemas.registry.SchemaRegistryException(404, 40403, "Schema 7 not found")));

    assertThat(response.result()).isEqualTo(org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  @Test
  void anOutputRefusedAsTooLargeWhileProcessingIsDeadLetteredAsOutputTooLarge() {
    DeadLetterHandler handler = configuredHandler();
    byte[] original = "enriched article bytes".getBytes(StandardCharsets.UTF_8);
    var context = new DefaultErrorHandlerContext(null, "news.enriched.v1", 0, 4L, new RecordHeaders(), "versioning",
        new TaskId(0, 0), 0L, "a1".getBytes(StandardCharsets.UTF_8), original);

    var response = handler.handleError(context, new org.apache.kafka.streams.processor.api.Record<>("a1", "value", 0L),
        new RecordTooLargeException("record for news.articles.v1 is 2000000 bytes"));

    assertThat(response.result()).isEqualTo(org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords().get(0).value()).isEqualTo(original);
    assertThat(header(response.deadLetterQueueRecords().get(0).headers(), DeadLetterHandler.HEADER_REASON))
        .isEqualTo("output-too-large");
  }

  @Test
  void tooLargeOutputIsDeadLetteredWithItsReason() {
    DeadLetterHandler handler = configuredHandler();
    byte[] original = "raw article bytes".getBytes(StandardCharsets.UTF_8);
    var context = new DefaultErrorHandlerContext(null, "news.raw.v1", 1, 7L, new RecordHeaders(), "source",
        new TaskId(0, 1), 0L, "a1".getBytes(StandardCharsets.UTF_8), original);

    var response = handler.handleSerializationError(context, new ProducerRecord<>("news.enriched.v1", "a1", "big"),
        new RecordTooLargeException("record for news.enriched.v1 is 2000000 bytes"),
        ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
    ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
    assertThat(dead.value()).isEqualTo(original);
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_REASON)).isEqualTo("output-too-large");
  }

  @Test
  void outputThatCannotBeSerializedIsDeadLetteredWithItsReason() {
    var context = new DefaultErrorHandlerContext(null, "news.raw.v1", 0, 3L, new RecordHeaders(), "source",
        new TaskId(0, 0), 0L, "a2".getBytes(StandardCharsets.UTF_8), new byte[] {7});

    var response = configuredHandler().handleSerializationError(context, new ProducerRecord<>("news.enriched.v1", "a2", "x"),
        new SerializationException("Cannot serialize io.newsflow.avro.NewsArticle: null value for (non-nullable) string at NewsArticle.headline"),
        ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
    assertThat(header(response.deadLetterQueueRecords().get(0).headers(), DeadLetterHandler.HEADER_REASON))
        .isEqualTo("output-unserializable");
  }

  @Test
  void outputSchemaTheRegistryRefusesStopsTheStageInsteadOfParkingEveryRecord() {
    var context = new DefaultErrorHandlerContext(null, "news.raw.v1", 0, 3L, new RecordHeaders(), "source",
        new TaskId(0, 0), 0L, "a2".getBytes(StandardCharsets.UTF_8), new byte[] {7});
    var incompatible = new SerializationException("Schema registry refused io.newsflow.avro.NewsArticle",
        new io.newsflow.schemas.registry.SchemaRegistryException(409, 409, "incompatible with an earlier schema"));

    var response = configuredHandler().handleSerializationError(context, new ProducerRecord<>("news.enriched.v1", "a2", "x"),
        incompatible, ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  @Test
  void sendFailureAfterSerializationFailsTheTaskSoItIsRetried() {
    var context = new DefaultErrorHandlerContext(null, "news.raw.v1", 0, 1L, new RecordHeaders(), "source",
        new TaskId(0, 0), 0L, null, new byte[] {1});

    var response = configuredHandler().handleError(context, new ProducerRecord<>("news.enriched.v1", new byte[] {1}),
        new org.apache.kafka.common.errors.TimeoutException("expired"));

    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
  }

  private DeadLetterHandler configuredHandler() {
    DeadLetterHandler handler = new DeadLetterHandler();
    handler.configure(StreamsSettings.of(NewsflowConfig.of(settings), "dlq-test", Stage.ENRICH).entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)));
    return handler;
  }

  @Test
  void registryOutageFailsInsteadOfDeadLetteringGoodRecords() {
    DeadLetterHandler handler = configuredHandler();
    var context = new DefaultErrorHandlerContext(null, "news.raw.v1", 0, 1L, new RecordHeaders(), "source",
        new TaskId(0, 0), 0L, null, new byte[] {0, 0, 0, 0, 1});
    var outage = new SerializationException("cannot fetch schema",
        new io.newsflow.schemas.registry.SchemaRegistryException("registry unreachable", new java.io.IOException("refused")));

    var response = handler.handleError(context, new ConsumerRecord<>("news.raw.v1", 0, 1L, (byte[]) null, new byte[] {0}), outage);

    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  @Test
  void processingFailureKeepsOriginalBytesAndNamesTheError() {
    byte[] original = rawSerde.serializer().serialize("news.raw.v1", article("empty", " "));

    raw.pipeInput("empty", original);

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(dead.value()).isEqualTo(original);
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_REASON)).isEqualTo("processing-failed");
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_ERROR_CLASS)).isEqualTo(IllegalArgumentException.class.getName());
    assertThat(header(dead.headers(), DeadLetterHandler.HEADER_MESSAGE)).isEqualTo("article has no text");
    OpsEvent event = events.readValue();
    assertThat(event.getSource()).isEqualTo("wire");
    assertThat(event.getStage()).isEqualTo(Stage.ENRICH);
    assertThat(out.isEmpty()).isTrue();
  }

  private static RawArticle article(String id, String text) {
    return RawArticle.newBuilder().setId(id).setSource(Source.newBuilder().setName("wire").build())
        .setReceivedAt(Instant.parse("2026-11-25T10:00:00Z")).setContentType("text/plain").setText(text).build();
  }

  private static String header(Headers headers, String key) {
    return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
