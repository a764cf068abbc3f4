package io.newsflow.publish;

import static io.newsflow.publish.TestArticles.enriched;
import static io.newsflow.publish.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.OpsMetrics;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import io.newsflow.service.deadletter.DeadLetterHandler;
import io.newsflow.service.runtime.StreamsService;
import io.newsflow.service.topics.NewsTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The publish stage as deployed: real broker with exactly-once, real schema registry, topics it creates itself. */
@ExtendWith(EmbeddedStackExtension.class)
class PublishServiceIntegrationTest {
  private static final Duration PATIENCE = Duration.ofSeconds(45);

  @TempDir
  Path stateDir;

  @Test
  void publishesEachArticleOnceAndDeadLettersPoisonPill(EmbeddedStack stack) throws Exception {
    String run = "publish-it-" + UUID.randomUUID().toString().substring(0, 8);
    NewsflowConfig config = NewsflowConfig.of(configFor(stack, run));
    NewsTopics topics = NewsTopics.from(config);
    Map<String, Object> serdeConfig = config.serdeProperties();
    Instant received = Instant.now().minusSeconds(1);
    byte[] poison = "{\"id\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);

    try (StreamsService service = PublishService.start(config)) {
      service.awaitRunning(PATIENCE);
      try (KafkaProducer<String, byte[]> producer = producer(stack)) {
        SpecificAvroSerializer<NewsArticle> articles = new SpecificAvroSerializer<>();
        articles.configure(serdeConfig, false);
        List<NewsArticle> sent = List.of(
            enriched("a1", "hash-1", received, entity(EntityType.PERSON, "Donald Tusk", 1, "Tusk")),
            enriched("a2", "hash-2", received),
            enriched("a1", "hash-1", received.plusMillis(500)),
            enriched("a3", "hash-3", received));
        for (NewsArticle article : sent) {
          producer.send(new ProducerRecord<>(topics.enriched(), article.getId(),
              articles.serialize(topics.enriched(), article)));
        }
        producer.send(new ProducerRecord<>(topics.enriched(), "broken-1", poison));
        producer.flush();
      }

      List<ConsumerRecord<String, byte[]>> published = readUntil(stack, topics.articles(),
          records -> records.size() >= 3, Duration.ofSeconds(3));
      assertThat(published).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("a1", "a2", "a3");
      SpecificAvroDeserializer<NewsArticle> reader = new SpecificAvroDeserializer<>();
      reader.configure(serdeConfig, false);
      assertThat(published).allSatisfy(record -> {
        NewsArticle article = reader.deserialize(record.topic(), record.value());
        assertThat(article.getVersion()).isEqualTo(1);
        assertThat(article.getTimes().getPublished()).isNotNull();
      });

      byte[] framed = published.get(0).value();
      assertThat(framed[0]).as("Confluent magic byte").isZero();
      int schemaId = ByteBuffer.wrap(framed, 1, 4).getInt();
      Schema registered = registrySchema(stack, schemaId);
      assertThat(registered.getFullName()).isEqualTo(NewsArticle.getClassSchema().getFullName());
      assertThat(registered.getFields()).extracting(Schema.Field::name)
          .isEqualTo(NewsArticle.getClassSchema().getFields().stream().map(Schema.Field::name).toList());

      List<ConsumerRecord<String, byte[]>> deadLetters = readUntil(stack, topics.deadLetters(),
          records -> !records.isEmpty(), Duration.ofSeconds(1));
      assertThat(deadLetters).hasSize(1);
      ConsumerRecord<String, byte[]> dead = deadLetters.get(0);
      assertThat(dead.key()).isEqualTo("broken-1");
      assertThat(dead.value()).isEqualTo(poison);
      assertThat(header(dead, DeadLetterHandler.HEADER_STAGE)).isEqualTo("PUBLISH");
      assertThat(header(dead, DeadLetterHandler.HEADER_REASON)).isEqualTo("undeserializable");
      assertThat(header(dead, DeadLetterHandler.HEADER_TOPIC)).isEqualTo(topics.enriched());

      SpecificAvroDeserializer<OpsEvent> eventReader = new SpecificAvroDeserializer<>();
      eventReader.configure(serdeConfig, false);
      List<OpsEvent> events = readUntil(stack, topics.opsEvents(), records -> records.size() >= 5, Duration.ofSeconds(1))
          .stream().map(record -> eventReader.deserialize(record.topic(), record.value())).toList();
      assertThat(events).extracting(OpsEvent::getOutcome).containsExactlyInAnyOrder(
          Outcome.PUBLISHED, Outcome.PUBLISHED, Outcome.PUBLISHED, Outcome.DUPLICATE, Outcome.REJECTED);
      assertThat(events).allSatisfy(event -> assertThat(event.getStage()).isEqualTo(Stage.PUBLISH));

      // A window's figures come once it closes: an ops event of the same source two minutes on in
      // event time (the default window is 1 minute, grace 30 s) moves that partition's stream time past it.
      try (KafkaProducer<String, byte[]> producer = producer(stack)) {
        SpecificAvroSerializer<OpsEvent> opsWriter = new SpecificAvroSerializer<>();
        opsWriter.configure(serdeConfig, false);
        OpsEvent later = OpsEvent.newBuilder().setArticleId("later").setSource("wp.pl").setStage(Stage.INGEST)
            .setOutcome(Outcome.ACCEPTED).setReason(null).setEntities(List.of()).setLatencyMs(0)
            .setTime(Instant.now().plus(Duration.ofMinutes(2))).build();
        producer.send(new ProducerRecord<>(topics.opsEvents(), "later", opsWriter.serialize(topics.opsEvents(), later)));
        producer.flush();
      }
      SpecificAvroDeserializer<OpsMetrics> metricsReader = new SpecificAvroDeserializer<>();
      metricsReader.configure(serdeConfig, false);
      // Ops events carry the time they were made, so the four may straddle a minute boundary and fall
      // into two windows: each closed window comes once (suppressed), and wp.pl's figures are their sum.
      Predicate<List<ConsumerRecord<String, byte[]>>> wpFiguresComplete = records -> {
        List<OpsMetrics> windows = records.stream()
            .filter(record -> record.key().startsWith("wp.pl@"))
            .map(record -> metricsReader.deserialize(record.topic(), record.value()))
            .toList();
        return windows.stream().mapToLong(OpsMetrics::getPublished).sum() == 3
            && windows.stream().mapToLong(OpsMetrics::getDuplicates).sum() == 1;
      };
      assertThat(wpFiguresComplete.test(readUntil(stack, topics.opsMetrics(), wpFiguresComplete, Duration.ZERO)))
          .as("ops metrics of wp.pl count 3 published and 1 duplicate").isTrue();
    }
  }

  /**
   * Two instances share the partitions; one stops. The survivor takes its partitions over with
   * their versioning state (restored from the changelog), so a re-send of an article the stopped
   * instance published is still a duplicate, and changed content is version 2.
   */
  @Test
  void survivingInstanceTakesOverPartitionsWithTheirVersions(EmbeddedStack stack) throws Exception {
    String run = "publish-failover-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> settings = configFor(stack, run);
    settings.put("topics.partitions", "4");
    NewsflowConfig first = NewsflowConfig.of(settings).with(Map.of("state.dir", stateDir.resolve("first").toString()));
    NewsflowConfig second = first.with(Map.of("state.dir", stateDir.resolve("second").toString()));
    NewsTopics topics = NewsTopics.from(first);
    Instant received = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    List<String> ids = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "article-" + i).toList();

    StreamsService one = PublishService.start(first);
    try (StreamsService two = PublishService.start(second)) {
      one.awaitRunning(PATIENCE);
      two.awaitRunning(PATIENCE);
      send(stack, first, topics, ids.stream().map(id -> enriched(id, "hash-" + id, received)).toList());
      assertThat(readUntil(stack, topics.articles(), records -> records.size() >= ids.size(), Duration.ZERO)).hasSize(ids.size());

      one.close();
      List<NewsArticle> resent = new ArrayList<>(ids.stream().map(id -> enriched(id, "hash-" + id, received)).toList());
      resent.add(enriched("article-0", "hash-changed", received.plusSeconds(5)));
      send(stack, first, topics, resent);

      List<ConsumerRecord<String, byte[]>> published = readUntil(stack, topics.articles(),
          records -> records.size() >= ids.size() + 1, Duration.ofSeconds(3));
      SpecificAvroDeserializer<NewsArticle> reader = new SpecificAvroDeserializer<>();
      reader.configure(first.serdeProperties(), false);
      List<NewsArticle> articles = published.stream().map(r -> reader.deserialize(r.topic(), r.value())).toList();
      assertThat(articles).hasSize(ids.size() + 1);
      assertThat(articles).filteredOn(a -> a.getVersion() == 2).singleElement().satisfies(a -> {
        assertThat(a.getId()).isEqualTo("article-0");
        assertThat(a.getTimes().getFirstCreated()).isEqualTo(received);
      });
    } finally {
      one.close();
    }
  }

  private static void send(EmbeddedStack stack, NewsflowConfig config, NewsTopics topics, List<NewsArticle> articles) {
    SpecificAvroSerializer<NewsArticle> serializer = new SpecificAvroSerializer<>();
    serializer.configure(config.serdeProperties(), false);
    try (KafkaProducer<String, byte[]> producer = producer(stack)) {
      for (NewsArticle article : articles) {
        producer.send(new ProducerRecord<>(topics.enriched(), article.getId(), serializer.serialize(topics.enriched(), article)));
      }
      producer.flush();
    }
  }

  private Map<String, String> configFor(EmbeddedStack stack, String run) {
    Map<String, String> settings = new HashMap<>();
    settings.put(NewsflowConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
    settings.put(NewsflowConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
    settings.put(NewsflowConfig.APPLICATION_ID, run);
    for (String role : List.of("raw", "enriched", "articles", "entities", "ops.events", "ops.metrics", "dlq")) {
      settings.put("topic." + role, run + "." + role);
    }
    settings.put("topics.partitions", "2");
    settings.put("replication.factor", "1");
    settings.put("state.dir", stateDir.toString());
    return settings;
  }

  private static KafkaProducer<String, byte[]> producer(EmbeddedStack stack) {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Reads the topic from the start with read_committed until the records satisfy {@code enough}, then
   * keeps reading for {@code linger} so that a record written twice would show up.
   */
  private static List<ConsumerRecord<String, byte[]>> readUntil(EmbeddedStack stack, String topic,
      Predicate<List<ConsumerRecord<String, byte[]>>> enough, Duration linger) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (!enough.test(records) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      long lingerEnd = System.nanoTime() + linger.toNanos();
      while (System.nanoTime() < lingerEnd) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /** The schema the registry's REST API returns for an id, as any Confluent client would read it. */
  private static Schema registrySchema(EmbeddedStack stack, int id) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/schemas/ids/" + id)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return new Schema.Parser().parse(new ObjectMapper().readTree(response.body()).get("schema").asText());
  }

  private static String header(ConsumerRecord<String, byte[]> record, String key) {
    Header header = record.headers().lastHeader(key);
    assertThat(header).as("header %s", key).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
