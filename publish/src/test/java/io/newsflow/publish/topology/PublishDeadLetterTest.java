package io.newsflow.publish.topology;

import static io.newsflow.publish.TestArticles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Block;
import io.newsflow.avro.BlockType;
import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.internal.ArticleVersion;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.publish.TestClock;
import io.newsflow.publish.metrics.MetricsSettings;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import io.newsflow.service.deadletter.DeadLetterHandler;
import io.newsflow.service.runtime.StreamsSettings;
import io.newsflow.service.serde.SizeLimit;
import io.newsflow.service.topics.NewsTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dead-letter path with the handler configured by {@link StreamsSettings}, in TopologyTestDriver.
 * Two concessions to the driver of Kafka Streams 4.4; the integration test on a real broker
 * ({@code PublishServiceIntegrationTest}) runs the stage exactly as configured:
 * <ul>
 *   <li>under exactly-once the driver drops the dead-letter records a DeserializationExceptionHandler
 *       returns, so this test runs at-least-once;</li>
 *   <li>the driver feeds records written to a source topic back in and fails (NPE) on the handler's
 *       records, which carry no timestamp; the ops events topic is a source of the metrics, so the
 *       handler writes its ops event to a topic of its own here.</li>
 * </ul>
 */
class PublishDeadLetterTest {
  private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant START = Instant.parse("2026-03-01T08:00:02Z");
  private static final String HANDLER_EVENTS = "publish-dead-letter-test.ops-events";

  @TempDir
  Path stateDir;

  private final String scope = "publish-dead-letter-" + UUID.randomUUID();
  private TopologyTestDriver driver;
  private NewsTopics topics;
  private TestInputTopic<String, NewsArticle> enrichedIn;
  private TestInputTopic<String, byte[]> enrichedBytesIn;
  private TestOutputTopic<String, NewsArticle> articlesOut;
  private TestOutputTopic<byte[], byte[]> deadLettersOut;
  private TestOutputTopic<String, OpsEvent> handlerEventsOut;
  private TestOutputTopic<String, OpsEvent> stageEventsOut;

  @BeforeEach
  void startDriver() {
    NewsflowConfig config = NewsflowConfig.of(Map.of(
        NewsflowConfig.SCHEMA_REGISTRY_URL, "mock://" + scope,
        "state.dir", stateDir.toString()));
    topics = NewsTopics.from(config);
    Map<String, Object> serdeConfig = new java.util.HashMap<>(config.serdeProperties());
    // Room for the ordinary test articles, not for an article with a long body.
    serdeConfig.put(SizeLimit.MAX_VALUE_BYTES, "4096");
    Properties settings = StreamsSettings.of(config, "publish-dead-letter-test", Stage.PUBLISH);
    settings.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    settings.put(DeadLetterHandler.OPS_TOPIC, HANDLER_EVENTS);
    driver = new TopologyTestDriver(
        PublishTopology.build(topics, serdeConfig, new TestClock(START), MetricsSettings.defaults()), settings, START);
    SpecificAvroSerde<NewsArticle> articles = SpecificAvroSerde.forValues(serdeConfig);
    SpecificAvroSerde<OpsEvent> events = SpecificAvroSerde.forValues(serdeConfig);
    enrichedIn = driver.createInputTopic(topics.enriched(), new StringSerializer(), articles.serializer());
    enrichedBytesIn = driver.createInputTopic(topics.enriched(), new StringSerializer(), new ByteArraySerializer());
    articlesOut = driver.createOutputTopic(topics.articles(), new StringDeserializer(), articles.deserializer());
    deadLettersOut = driver.createOutputTopic(topics.deadLetters(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    handlerEventsOut = driver.createOutputTopic(HANDLER_EVENTS, new StringDeserializer(), events.deserializer());
    stageEventsOut = driver.createOutputTopic(topics.opsEvents(), new StringDeserializer(), events.deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
    MockSchemaRegistry.drop(scope);
  }

  @Test
  void deadLettersUndeserializableArticleWithOriginalBytesAndReason() {
    byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);

    enrichedBytesIn.pipeInput("broken-1", poison);

    TestRecord<byte[], byte[]> dead = deadLettersOut.readRecord();
    assertThat(dead.value()).isEqualTo(poison);
    assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("broken-1");
    assertThat(header(dead, DeadLetterHandler.HEADER_STAGE)).isEqualTo("PUBLISH");
    assertThat(header(dead, DeadLetterHandler.HEADER_REASON)).isEqualTo("undeserializable");
    assertThat(header(dead, DeadLetterHandler.HEADER_TOPIC)).isEqualTo(topics.enriched());
    assertThat(header(dead, DeadLetterHandler.HEADER_MESSAGE)).contains("magic byte");
    assertThat(deadLettersOut.isEmpty()).isTrue();
    assertThat(articlesOut.isEmpty()).isTrue();
  }

  @Test
  void reportsUndeserializableArticleAsRejectedAtPublish() {
    enrichedBytesIn.pipeInput("broken-1", new byte[] {0, 0, 0});

    OpsEvent rejected = handlerEventsOut.readValue();
    assertThat(rejected.getOutcome()).isEqualTo(Outcome.REJECTED);
    assertThat(rejected.getStage()).isEqualTo(Stage.PUBLISH);
    assertThat(rejected.getArticleId()).isEqualTo("broken-1");
    assertThat(rejected.getReason()).startsWith("undeserializable");
  }

  @Test
  void keepsPublishingAfterPoisonPill() {
    enrichedBytesIn.pipeInput("broken-1", "garbage".getBytes(StandardCharsets.UTF_8));
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED));

    assertThat(articlesOut.readKeyValuesToMap()).containsOnlyKeys("a1");
  }

  @Test
  void anOversizedVersionIsDeadLetteredUnrememberedSoItsResendIsNoDuplicate() {
    NewsArticle oversized = withBody(enriched("big-1", "hash-1", RECEIVED), "Langer Text. ".repeat(600));

    enrichedIn.pipeInput("big-1", oversized);
    enrichedIn.pipeInput("big-1", oversized);

    assertThat(deadLettersOut.readRecordsToList()).hasSize(2)
        .allSatisfy(dead -> assertThat(header(dead, DeadLetterHandler.HEADER_REASON)).isEqualTo("output-too-large"));
    assertThat(handlerEventsOut.readValuesToList()).extracting(OpsEvent::getOutcome)
        .containsExactly(Outcome.REJECTED, Outcome.REJECTED);
    // No PUBLISHED for what was never written, and the re-send is not taken for a DUPLICATE of it.
    assertThat(stageEventsOut.isEmpty()).isTrue();
    KeyValueStore<String, ArticleVersion> versions = driver.getKeyValueStore(PublishTopology.ARTICLE_VERSIONS);
    assertThat(versions.get("big-1")).isNull();

    enrichedIn.pipeInput("big-1", enriched("big-1", "hash-2", RECEIVED.plusSeconds(60)));

    assertThat(articlesOut.readValue().getVersion()).isEqualTo(1);
    assertThat(stageEventsOut.readValue().getOutcome()).isEqualTo(Outcome.PUBLISHED);
  }

  private static NewsArticle withBody(NewsArticle article, String text) {
    return NewsArticle.newBuilder(article)
        .setBody(List.of(Block.newBuilder().setType(BlockType.PARAGRAPH).setText(text).build())).build();
  }

  private static String header(TestRecord<byte[], byte[]> record, String key) {
    Header header = record.headers().lastHeader(key);
    assertThat(header).as("header %s", key).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
