package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.avro.Stage;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import io.newsflow.service.deadletter.DeadLetterHandler;
import io.newsflow.service.runtime.StreamsSettings;
import io.newsflow.service.serde.SizeLimit;
import io.newsflow.service.topics.NewsTopics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
  private static final String SCOPE = "enrich-topology-test";
  private static final Instant RECEIVED = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant NOW = RECEIVED.plusMillis(250);
  private static final String ARTICLE = """
      Politik

      Kanzler Friedrich Merz reist nach Paris

      Bundeskanzler Friedrich Merz trifft am Freitag den französischen Präsidenten Emmanuel Macron in Paris. Es geht um die gemeinsame Verteidigung.

      „Europa muss stärker werden“, sagte Merz vor dem Abflug in Berlin.
      """;

  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, NewsArticle> enriched;
  private TestOutputTopic<String, OpsEvent> events;
  private TestOutputTopic<String, byte[]> deadLetters;
  private SpecificAvroSerde<RawArticle> rawSerde;

  @BeforeEach
  void start() {
    startDriver(Map.of());
  }

  private void startDriver(Map<String, Object> extraSerdeSettings) {
    NewsflowConfig config = NewsflowConfig.of(Map.of("schema.registry.url", "mock://" + SCOPE));
    NewsTopics topics = NewsTopics.from(config);
    Map<String, Object> serdes = new java.util.HashMap<>(config.serdeProperties());
    serdes.putAll(extraSerdeSettings);
    driver = new TopologyTestDriver(
        EnrichTopology.build(topics, serdes, EnrichService.enrichment(), Clock.fixed(NOW, ZoneOffset.UTC)),
        StreamsSettings.of(config, "enrich-test", Stage.ENRICH));
    rawSerde = SpecificAvroSerde.forValues(serdes);
    raw = driver.createInputTopic(topics.raw(), new StringSerializer(), rawSerde.serializer());
    enriched = driver.createOutputTopic(topics.enriched(), new StringDeserializer(),
        SpecificAvroSerde.<NewsArticle>forValues(serdes).deserializer());
    events = driver.createOutputTopic(topics.opsEvents(), new StringDeserializer(),
        SpecificAvroSerde.<OpsEvent>forValues(serdes).deserializer());
    deadLetters = driver.createOutputTopic(topics.deadLetters(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
    MockSchemaRegistry.drop(SCOPE);
  }

  @Test
  void enrichesRawArticleUnderTheSameKey() {
    raw.pipeInput("a1", article("a1", ARTICLE));

    TestRecord<String, NewsArticle> out = enriched.readRecord();
    assertThat(out.key()).isEqualTo("a1");
    NewsArticle article = out.value();
    assertThat(article.getHeadline()).isEqualTo("Kanzler Friedrich Merz reist nach Paris");
    assertThat(article.getSection()).isEqualTo("Politik");
    assertThat(article.getLanguage()).isEqualTo("de");
    assertThat(article.getSource().getName()).isEqualTo("wire");
    assertThat(article.getTimes().getIngested()).isEqualTo(RECEIVED);
    assertThat(article.getTimes().getPublished()).isNull();
    assertThat(article.getEntities()).extracting(e -> e.getName()).contains("Friedrich Merz");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void saysEnrichedWithLatencyFromReceipt() {
    raw.pipeInput("a1", article("a1", ARTICLE));

    OpsEvent event = events.readValue();
    assertThat(event.getStage()).isEqualTo(Stage.ENRICH);
    assertThat(event.getOutcome()).isEqualTo(Outcome.ENRICHED);
    assertThat(event.getArticleId()).isEqualTo("a1");
    assertThat(event.getSource()).isEqualTo("wire");
    assertThat(event.getLatencyMs()).isEqualTo(250);
  }

  @Test
  void deadLettersAnArticleThatCannotBeUnderstoodAndGoesOn() {
    RawArticle empty = article("empty", "   \n\n  ");
    byte[] original = rawSerde.serializer().serialize("news.raw.v1", empty);

    raw.pipeInput("empty", empty);
    raw.pipeInput("a2", article("a2", ARTICLE));

    TestRecord<String, byte[]> dead = deadLetters.readRecord();
    assertThat(dead.key()).isEqualTo("empty");
    assertThat(dead.value()).isEqualTo(original);
    assertThat(new String(dead.headers().lastHeader(DeadLetterHandler.HEADER_REASON).value(), StandardCharsets.UTF_8))
        .isEqualTo("processing-failed");
    assertThat(events.readValue().getOutcome()).isEqualTo(Outcome.REJECTED);
    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a2");
  }

  @Test
  void anEnrichedArticleTooLargeToWriteGetsOneRejectedEventAndNoEnrichedOne() {
    driver.close();
    startDriver(Map.<String, Object>of(SizeLimit.MAX_VALUE_BYTES, "2048"));
    String paragraph = "Olaf Scholz traf Emmanuel Macron in Berlin, Paris und Warschau. ";

    raw.pipeInput("long", article("long", "Treffen in Berlin\n\n" + paragraph.repeat(20) + "\n\nEnde."));
    raw.pipeInput("short", article("short", "Kurz notiert\n\nDer Hafen in Kiel bleibt offen."));

    assertThat(new String(deadLetters.readRecord().headers().lastHeader(DeadLetterHandler.HEADER_REASON).value(),
        StandardCharsets.UTF_8)).isEqualTo("output-too-large");
    assertThat(events.readKeyValuesToList()).extracting(kv -> kv.key + " " + kv.value.getOutcome())
        .containsExactly("long REJECTED", "short ENRICHED");
    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("short");
  }

  private static RawArticle article(String id, String text) {
    return RawArticle.newBuilder().setId(id).setSource(Source.newBuilder().setName("wire").build())
        .setReceivedAt(RECEIVED).setContentType("text/plain").setText(text).build();
  }
}
