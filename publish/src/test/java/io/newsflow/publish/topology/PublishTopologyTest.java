package io.newsflow.publish.topology;

import static io.newsflow.publish.TestArticles.enriched;
import static io.newsflow.publish.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EntityMention;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.avro.internal.ArticleVersion;
import io.newsflow.publish.TestClock;
import io.newsflow.publish.metrics.MetricsSettings;
import io.newsflow.publish.versioning.VersionRetention;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import io.newsflow.service.runtime.StreamsSettings;
import io.newsflow.service.topics.NewsTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTopologyTest {
  private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant START = Instant.parse("2026-03-01T08:00:02Z");

  @TempDir
  Path stateDir;

  private final String scope = "publish-topology-" + UUID.randomUUID();
  private final TestClock clock = new TestClock(START);
  private TopologyTestDriver driver;
  private NewsTopics topics;
  private TestInputTopic<String, NewsArticle> enrichedIn;
  private TestOutputTopic<String, NewsArticle> articlesOut;
  private TestOutputTopic<String, EntityMention> entitiesOut;
  private TestOutputTopic<String, OpsEvent> eventsOut;

  @BeforeEach
  void startDriver() {
    NewsflowConfig config = NewsflowConfig.of(Map.of(
        NewsflowConfig.SCHEMA_REGISTRY_URL, "mock://" + scope,
        "state.dir", stateDir.toString()));
    topics = NewsTopics.from(config);
    Map<String, Object> serdeConfig = config.serdeProperties();
    driver = new TopologyTestDriver(
        PublishTopology.build(topics, serdeConfig, clock, MetricsSettings.defaults()),
        StreamsSettings.of(config, "publish-topology-test", Stage.PUBLISH), START);
    SpecificAvroSerde<NewsArticle> articles = SpecificAvroSerde.forValues(serdeConfig);
    SpecificAvroSerde<EntityMention> mentions = SpecificAvroSerde.forValues(serdeConfig);
    SpecificAvroSerde<OpsEvent> events = SpecificAvroSerde.forValues(serdeConfig);
    enrichedIn = driver.createInputTopic(topics.enriched(), new StringSerializer(), articles.serializer());
    articlesOut = driver.createOutputTopic(topics.articles(), new StringDeserializer(), articles.deserializer());
    entitiesOut = driver.createOutputTopic(topics.entities(), new StringDeserializer(), mentions.deserializer());
    eventsOut = driver.createOutputTopic(topics.opsEvents(), new StringDeserializer(), events.deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
    MockSchemaRegistry.drop(scope);
  }

  @Test
  void publishesNewArticleAsVersionOneWithPublicationTime() {
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED));

    TestRecord<String, NewsArticle> published = articlesOut.readRecord();
    assertThat(published.key()).isEqualTo("a1");
    assertThat(published.value().getVersion()).isEqualTo(1);
    assertThat(published.value().getTimes().getPublished()).isEqualTo(START);
    assertThat(published.value().getTimes().getFirstCreated()).isEqualTo(RECEIVED);
    assertThat(articlesOut.isEmpty()).isTrue();
  }

  @Test
  void emitsOneMentionPerEntityKeyedByEntityName() {
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED,
        entity(EntityType.PERSON, "Donald Tusk", 2, "Donald Tusk", "Tusk"),
        entity(EntityType.PLACE, "Warszawa", 1, "Warszawie")));

    Map<String, EntityMention> mentions = entitiesOut.readKeyValuesToMap();
    assertThat(mentions).containsOnlyKeys("Donald Tusk", "Warszawa");
    EntityMention tusk = mentions.get("Donald Tusk");
    assertThat(tusk.getArticleId()).isEqualTo("a1");
    assertThat(tusk.getArticleVersion()).isEqualTo(1);
    assertThat(tusk.getMentionCount()).isEqualTo(2);
    assertThat(tusk.getTime()).isEqualTo(START);
  }

  @Test
  void reportsPublishedArticleWithEntitiesAndLatency() {
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED,
        entity(EntityType.PERSON, "Donald Tusk", 1, "Tusk")));

    TestRecord<String, OpsEvent> event = eventsOut.readRecord();
    assertThat(event.key()).isEqualTo("a1");
    assertThat(event.value().getStage()).isEqualTo(Stage.PUBLISH);
    assertThat(event.value().getOutcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(event.value().getSource()).isEqualTo("wp.pl");
    assertThat(event.value().getEntities()).containsExactly("Donald Tusk");
    assertThat(event.value().getLatencyMs()).isEqualTo(Duration.between(RECEIVED, START).toMillis());
    assertThat(eventsOut.isEmpty()).isTrue();
  }

  @Test
  void publishesUnchangedResendOnlyOnceAndReportsDuplicate() {
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED,
        entity(EntityType.PERSON, "Donald Tusk", 1, "Tusk")));
    articlesOut.readRecordsToList();
    entitiesOut.readRecordsToList();
    eventsOut.readRecordsToList();
    clock.advance(Duration.ofMinutes(5));

    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED.plusSeconds(300),
        entity(EntityType.PERSON, "Donald Tusk", 1, "Tusk")));

    assertThat(articlesOut.isEmpty()).isTrue();
    assertThat(entitiesOut.isEmpty()).isTrue();
    OpsEvent event = eventsOut.readValue();
    assertThat(event.getOutcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(event.getReason()).isEqualTo("same content as version 1");
    assertThat(event.getEntities()).isEmpty();
  }

  @Test
  void publishesChangedContentAsVersionTwoKeepingFirstCreated() {
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED));
    clock.advance(Duration.ofMinutes(30));
    Instant correctionReceived = RECEIVED.plus(Duration.ofMinutes(30));

    enrichedIn.pipeInput("a1", enriched("a1", "hash-2", correctionReceived,
        entity(EntityType.ORGANISATION, "Sejm", 1, "Sejm")));

    assertThat(articlesOut.readValue().getVersion()).isEqualTo(1);
    NewsArticle correction = articlesOut.readValue();
    assertThat(correction.getVersion()).isEqualTo(2);
    assertThat(correction.getTimes().getFirstCreated()).isEqualTo(RECEIVED);
    assertThat(correction.getTimes().getVersionCreated()).isEqualTo(correctionReceived);
    assertThat(correction.getTimes().getPublished()).isEqualTo(START.plus(Duration.ofMinutes(30)));
    assertThat(entitiesOut.readValue().getArticleVersion()).isEqualTo(2);
    assertThat(eventsOut.readValuesToList()).extracting(OpsEvent::getOutcome)
        .containsExactly(Outcome.PUBLISHED, Outcome.PUBLISHED);
  }

  @Test
  void remembersLastPublishedVersionInChangelogStore() {
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED));
    enrichedIn.pipeInput("a1", enriched("a1", "hash-2", RECEIVED.plusSeconds(60)));
    enrichedIn.pipeInput("a1", enriched("a1", "hash-2", RECEIVED.plusSeconds(120)));

    KeyValueStore<String, ArticleVersion> versions = driver.getKeyValueStore(PublishTopology.ARTICLE_VERSIONS);
    assertThat(versions.get("a1")).isEqualTo(new ArticleVersion(2, "hash-2", RECEIVED, START));
    assertThat(driver.producedTopicNames()).contains("publish-topology-test-article-versions-changelog");
  }

  @Test
  void keepsVersionsOfDifferentArticlesApart() {
    enrichedIn.pipeInput("a1", enriched("a1", "hash-1", RECEIVED));
    enrichedIn.pipeInput("a2", enriched("a2", "hash-1", RECEIVED));

    assertThat(articlesOut.readKeyValuesToMap()).containsOnlyKeys("a1", "a2")
        .allSatisfy((id, article) -> assertThat(article.getVersion()).isEqualTo(1));
  }

  @Test
  void forgetsArticlesNotSeenForTheRetentionAndKeepsTheOthers() {
    driver.close();
    Map<String, Object> serdeConfig = NewsflowConfig.of(Map.of(NewsflowConfig.SCHEMA_REGISTRY_URL, "mock://" + scope))
        .serdeProperties();
    driver = new TopologyTestDriver(
        PublishTopology.build(topics, serdeConfig, clock, MetricsSettings.defaults(),
            VersionRetention.of(Duration.ofDays(30))),
        StreamsSettings.of(NewsflowConfig.of(Map.of(NewsflowConfig.SCHEMA_REGISTRY_URL, "mock://" + scope,
            "state.dir", stateDir.toString())), "publish-retention-test", Stage.PUBLISH), START);
    SpecificAvroSerde<NewsArticle> articles = SpecificAvroSerde.forValues(serdeConfig);
    enrichedIn = driver.createInputTopic(topics.enriched(), new StringSerializer(), articles.serializer());
    articlesOut = driver.createOutputTopic(topics.articles(), new StringDeserializer(), articles.deserializer());
    enrichedIn.pipeInput("old", enriched("old", "hash-1", RECEIVED));
    clock.advance(Duration.ofDays(20));
    enrichedIn.pipeInput("recent", enriched("recent", "hash-1", RECEIVED.plus(Duration.ofDays(20))));
    articlesOut.readRecordsToList();

    driver.advanceWallClockTime(Duration.ofDays(31));

    KeyValueStore<String, ArticleVersion> versions = driver.getKeyValueStore(PublishTopology.ARTICLE_VERSIONS);
    assertThat(versions.get("old")).isNull();
    assertThat(versions.get("recent")).isNotNull();
    clock.advance(Duration.ofDays(11));
    enrichedIn.pipeInput("old", enriched("old", "hash-1", RECEIVED.plus(Duration.ofDays(31))));
    assertThat(articlesOut.readValue().getVersion()).isEqualTo(1);
  }
}
