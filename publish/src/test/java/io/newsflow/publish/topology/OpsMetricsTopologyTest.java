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
      Duration.ofMinutes(1), Duration.ofSeconds(10), 10, 100);
  private static final org.assertj.core.data.Percentage SKETCH_ACCURACY = org.assertj.core.data.Percentage.withPercentage(1);

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

  /** Moves event time on (with an event of another source) so that every window before {@code until} closes. */
  private void timePasses(Instant until) {
    happened("clock.test", Stage.INGEST, Outcome.ACCEPTED, until.plus(ONE_MINUTE.grace()), 0);
  }

  /** The figures emitted, by record key; each source and window must come exactly once. */
  private Map<String, OpsMetrics> emittedBySourceAndWindow() {
    Map<String, OpsMetrics> emitted = new LinkedHashMap<>();
    metricsOut.readKeyValuesToList().forEach(record -> {
      assertThat(record.key).isEqualTo(record.value.getSource() + "@" + record.value.getWindowStart());
      assertThat(emitted.put(record.key, record.value)).as("second record for " + record.key).isNull();
    });
    return emitted;
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
    timePasses(MINUTE_TWO.plus(Duration.ofMinutes(1)));

    Map<String, OpsMetrics> latest = emittedBySourceAndWindow();

    OpsMetrics first = latest.get("wp.pl@" + MINUTE_ONE);
    assertThat(first.getWindowEnd()).isEqualTo(MINUTE_TWO);
    assertThat(first.getArticlesIn()).isEqualTo(4);
    assertThat(first.getRejected()).isEqualTo(1);
    assertThat(first.getPublished()).isEqualTo(3);
    assertThat(first.getDuplicates()).isEqualTo(1);
    // DDSketch quantiles (rank q x (n - 1), rounded down), within 1%.
    assertThat(first.getLatencyP50Ms()).isCloseTo(300, SKETCH_ACCURACY);
    assertThat(first.getLatencyP95Ms()).isCloseTo(300, SKETCH_ACCURACY);
    assertThat(first.getTopEntities()).containsExactly("NATO", "Sejm", "Warszawa");
    OpsMetrics second = latest.get("wp.pl@" + MINUTE_TWO);
    assertThat(second.getArticlesIn()).isZero();
    assertThat(second.getPublished()).isEqualTo(2);
    assertThat(second.getLatencyP50Ms()).isCloseTo(50, SKETCH_ACCURACY);
    assertThat(second.getLatencyP99Ms()).isCloseTo(50, SKETCH_ACCURACY);
    assertThat(second.getTopEntities()).isEmpty();
    assertThat(latest.get("onet.pl@" + MINUTE_ONE).getArticlesIn()).isEqualTo(1);
    assertThat(latest).hasSize(3);
  }

  @Test
  void emitsAWindowOnceWhenItClosesAndNotBefore() {
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(1), 0);
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(2), 0);
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_TWO.plusSeconds(5), 0); // inside the grace period
    assertThat(metricsOut.isEmpty()).as("nothing before the window closes").isTrue();

    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_TWO.plus(ONE_MINUTE.grace()), 0);

    assertThat(metricsOut.readKeyValuesToList()).singleElement().satisfies(record -> {
      assertThat(record.key).isEqualTo("wp.pl@" + MINUTE_ONE);
      assertThat(record.value.getArticlesIn()).isEqualTo(2);
    });
  }

  @Test
  void dropsEventsArrivingAfterGracePeriod() {
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(1), 0);
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_TWO.plusSeconds(30), 0);
    happened("wp.pl", Stage.ENRICH, Outcome.ENRICHED, MINUTE_ONE.plusSeconds(50), 0); // too late for minute one
    timePasses(MINUTE_TWO.plus(Duration.ofMinutes(1)));

    Map<String, OpsMetrics> emitted = emittedBySourceAndWindow();
    assertThat(emitted.get("wp.pl@" + MINUTE_ONE).getArticlesIn()).isEqualTo(1);
    assertThat(emitted.get("wp.pl@" + MINUTE_TWO).getArticlesIn()).isEqualTo(1);
  }

  @Test
  void countsEventsWithoutSourceUnderUnknown() {
    happened(null, Stage.ENRICH, Outcome.REJECTED, MINUTE_ONE.plusSeconds(1), 0);
    timePasses(MINUTE_TWO);

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
    timePasses(MINUTE_TWO);

    OpsMetrics figures = emittedBySourceAndWindow().get("wp.pl@" + MINUTE_ONE);
    assertThat(figures.getPublished()).isEqualTo(1);
    assertThat(figures.getDuplicates()).isEqualTo(1);
    assertThat(figures.getLatencyP50Ms()).isCloseTo(2_000, SKETCH_ACCURACY);
    assertThat(figures.getTopEntities()).containsExactly("Donald Tusk");
  }
}
