package io.newsflow.publish.topology;

import static io.newsflow.publish.TestArticles.enriched;
import static io.newsflow.publish.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EntityType;
import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.OpsMetrics;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.publish.TestClock;
import io.newsflow.publish.metrics.MetricsSettings;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import io.newsflow.service.runtime.StreamsSettings;
import io.newsflow.service.topics.NewsTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsMetricsTopologyTest {
  private static final Instant MINUTE_ONE = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant MINUTE_TWO = MINUTE_ONE.plus(Duration.ofMinutes(1));
  private static final MetricsSettings ONE_MINUTE = new MetricsSettings(
      Duration.ofMinutes(1), Duration.ofSeconds(10), 10_000, 10);

  @TempDir
  Path stateDir;

  private final String scope = "ops-metrics-" + UUID.randomUUID();
  private final TestClock clock = new TestClock(MINUTE_ONE.plusSeconds(2));
  private TopologyTestDriver driver;
  private TestInputTopic<String, OpsEvent> eventsIn;
  private TestInputTopic<String, NewsArticle> enrichedIn;
  private TestOutputTopic<String, OpsMetrics> metricsOut;

  @BeforeEach
  void startDriver() {
    NewsflowConfig config = NewsflowConfig.of(Map.of(
        NewsflowConfig.SCHEMA_REGISTRY_URL, "mock://" + scope,
        "state.dir", stateDir.toString()));
    NewsTopics topics = NewsTopics.from(config);
    Map<String, Object> serdeConfig = config.serdeProperties();
    driver = new TopologyTestDriver(PublishTopology.build(topics, serdeConfig, clock, ONE_MINUTE),
        StreamsSettings.of(config, "ops-metrics-test", Stage.PUBLISH), MINUTE_ONE);
    SpecificAvroSerde<OpsEvent> events = SpecificAvroSerde.forValues(serdeConfig);
    SpecificAvroSerde<NewsArticle> articles = SpecificAvroSerde.forValues(serdeConfig);
    SpecificAvroSerde<OpsMetrics> metrics = SpecificAvroSerde.forValues(serdeConfig);
    eventsIn = driver.createInputTopic(topics.opsEvents(), new StringSerializer(), events.serializer());
    enrichedIn = driver.createInputTopic(topics.enriched(), new StringSerializer(), articles.serializer());
    metricsOut = driver.createOutputTopic(topics.opsMetrics(), new StringDeserializer(), metrics.deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
    MockSchemaRegistry.drop(scope);
  }

  private void happened(String source, Stage stage, Outcome outcome, Instant at, long latencyMs, String... entities) {
    eventsIn.pipeInput("article", OpsEvent.newBuilder()
        .setArticleId("article").setSource(source).setStage(stage).setOutcome(outcome).setReason(null)
        .setEntities(List.of(entities)).setLatencyMs(latencyMs).setTime(at).build());
  }

  /** The last figures emitted for each source and window: updates replace earlier ones. */
  private Map<String, OpsMetrics> latestBySourceAndWindow() {
    Map<String, OpsMetrics> latest = new LinkedHashMap<>();
    metricsOut.readValuesToList().forEach(m -> latest.put(m.getSource() + "@" + m.getWindowStart(), m));
    return latest;
  }

  @Test
  void countsEachSourcePerMinuteWithLatencyPercentiles() {
    for (int i = 0; i < 3; i++) {
      happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(i), 0);
    }
    happened("wp.pl", Stage.ENRICH, Outcome.REJECTED, MINUTE_ONE.plusSeconds(3), 0);
    happened("wp.pl", Stage.PUBLISH, Outcome.PUBLISHED, MINUTE_ONE.plusSeconds(10), 400, "NATO", "Sejm");
    happened("wp.pl", Stage.PUBLISH, Outcome.PUBLISHED, MINUTE_ONE.plusSeconds(11), 100, "NATO");
    happened("wp.pl", Stage.PUBLISH, Outcome.PUBLISHED, MINUTE_ONE.plusSeconds(12), 300, "Warszawa");
    happened("wp.pl", Stage.PUBLISH, Outcome.DUPLICATE, MINUTE_ONE.plusSeconds(13), 5);
    happened("onet.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(20), 0);
    happened("wp.pl", Stage.PUBLISH, Outcome.PUBLISHED, MINUTE_TWO.plusSeconds(5), 1000);
    happened("wp.pl", Stage.PUBLISH, Outcome.PUBLISHED, MINUTE_TWO.plusSeconds(6), 50);

    Map<String, OpsMetrics> latest = latestBySourceAndWindow();

    OpsMetrics first = latest.get("wp.pl@" + MINUTE_ONE);
    assertThat(first.getWindowEnd()).isEqualTo(MINUTE_TWO);
    assertThat(first.getArticlesIn()).isEqualTo(4);
    assertThat(first.getRejected()).isEqualTo(1);
    assertThat(first.getPublished()).isEqualTo(3);
    assertThat(first.getDuplicates()).isEqualTo(1);
    assertThat(first.getLatencyP50Ms()).isEqualTo(300);
    assertThat(first.getLatencyP95Ms()).isEqualTo(400);
    assertThat(first.getTopEntities()).containsExactly("NATO", "Sejm", "Warszawa");
    OpsMetrics second = latest.get("wp.pl@" + MINUTE_TWO);
    assertThat(second.getArticlesIn()).isZero();
    assertThat(second.getPublished()).isEqualTo(2);
    assertThat(second.getLatencyP50Ms()).isEqualTo(50);
    assertThat(second.getLatencyP95Ms()).isEqualTo(1000);
    assertThat(second.getTopEntities()).isEmpty();
    assertThat(latest.get("onet.pl@" + MINUTE_ONE).getArticlesIn()).isEqualTo(1);
    assertThat(latest).hasSize(3);
  }

  @Test
  void emitsFiguresOnEveryUpdateWithoutWaitingForWindowEnd() {
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(1), 0);
    assertThat(metricsOut.readValue().getArticlesIn()).isEqualTo(1);

    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(2), 0);
    assertThat(metricsOut.readValue().getArticlesIn()).isEqualTo(2);
  }

  @Test
  void dropsEventsArrivingAfterGracePeriod() {
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(1), 0);
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_TWO.plusSeconds(30), 0);
    metricsOut.readValuesToList();

    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(50), 0);

    assertThat(metricsOut.isEmpty()).isTrue();
  }

  @Test
  void countsEventsWithoutSourceUnderUnknown() {
    happened(null, Stage.ENRICH, Outcome.REJECTED, MINUTE_ONE.plusSeconds(1), 0);

    OpsMetrics unknown = metricsOut.readValue();
    assertThat(unknown.getSource()).isEqualTo("unknown");
    assertThat(unknown.getRejected()).isEqualTo(1);
    assertThat(unknown.getArticlesIn()).isEqualTo(1);
  }

  @Test
  void countsTheStagesOwnPublishedEventsReadBackFromOpsTopic() {
    enrichedIn.pipeInput("a1", enriched("a1", "wp.pl", "hash-1", MINUTE_ONE,
        entity(EntityType.PERSON, "Donald Tusk", 1, "Tusk")));
    enrichedIn.pipeInput("a1", enriched("a1", "wp.pl", "hash-1", MINUTE_ONE));

    OpsMetrics figures = latestBySourceAndWindow().get("wp.pl@" + MINUTE_ONE);
    assertThat(figures.getPublished()).isEqualTo(1);
    assertThat(figures.getDuplicates()).isEqualTo(1);
    assertThat(figures.getLatencyP50Ms()).isEqualTo(2_000);
    assertThat(figures.getTopEntities()).containsExactly("Donald Tusk");
  }
}
