package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import io.newsflow.schemas.serde.WireFormat;
import io.newsflow.service.deadletter.DeadLetterHandler;
import io.newsflow.service.runtime.StreamsService;
import io.newsflow.service.topics.NewsTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The enrich stage on a real broker and registry: exactly-once, dead letters, two instances. */
@ExtendWith(EmbeddedStackExtension.class)
class EnrichStageIntegrationTest {
  private static final int ARTICLES = 30;
  private final EmbeddedStack stack;

  EnrichStageIntegrationTest(EmbeddedStack stack) {
    this.stack = stack;
  }

  @Test
  void twoInstancesShareTheWorkAndOneStoppingLosesAndDuplicatesNothing() throws Exception {
    NewsflowConfig config = config();
    NewsTopics topics = NewsTopics.from(config);
    StreamsService first = EnrichService.start(config.with(Map.of("state.dir", tempDir())));
    StreamsService second = EnrichService.start(config.with(Map.of("state.dir", tempDir())));
    try {
      first.awaitRunning(Duration.ofSeconds(60));
      second.awaitRunning(Duration.ofSeconds(60));
      sendArticles(config, topics, 0, ARTICLES / 2);
      byte[] poison = "{\"headline\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);
      sendBytes(config, topics.raw(), "poison", poison);
      awaitRecords(config, topics.enriched(), ARTICLES / 4, Duration.ofSeconds(60));

      first.close();
      sendArticles(config, topics, ARTICLES / 2, ARTICLES);

      List<ConsumerRecord<String, byte[]>> enriched = awaitRecords(config, topics.enriched(), ARTICLES, Duration.ofSeconds(90));
      assertThat(enriched).hasSize(ARTICLES);
      assertThat(enriched).extracting(ConsumerRecord::key).doesNotHaveDuplicates().doesNotContain("poison");

      List<ConsumerRecord<String, byte[]>> dead = awaitRecords(config, topics.deadLetters(), 1, Duration.ofSeconds(30));
      assertThat(dead).singleElement().satisfies(record -> {
        assertThat(record.value()).isEqualTo(poison);
        assertThat(header(record, DeadLetterHandler.HEADER_REASON)).isEqualTo("undeserializable");
        assertThat(header(record, DeadLetterHandler.HEADER_TOPIC)).isEqualTo(topics.raw());
      });
    } finally {
      first.close();
      second.close();
    }
  }

  @Test
  void enrichedRecordsCarryConfluentFramingWithARegisteredId() throws Exception {
    NewsflowConfig config = config();
    NewsTopics topics = NewsTopics.from(config);
    try (StreamsService service = EnrichService.start(config.with(Map.of("state.dir", tempDir())))) {
      service.awaitRunning(Duration.ofSeconds(60));
      sendArticles(config, topics, 0, 1);

      byte[] bytes = awaitRecords(config, topics.enriched(), 1, Duration.ofSeconds(60)).get(0).value();

      assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
      SpecificAvroDeserializer<NewsArticle> deserializer = new SpecificAvroDeserializer<>();
      deserializer.configure(config.serdeProperties(), false);
      assertThat(deserializer.deserialize(topics.enriched(), bytes).getHeadline()).isEqualTo("Meldung 0 aus Hamburg");
    }
  }

  @Test
  void outputTooLargeForTheTopicIsDeadLetteredAndTheStageGoesOn() throws Exception {
    // Requests of 6 KiB leave 2 KiB for a value (SizeLimit keeps 4 KiB headroom). An article naming
    // many entities again and again grows by its mentions: its enriched record is over that, its
    // raw record is not.
    NewsflowConfig config = config().with(Map.of("kafka.producer.max.request.size", "6144"));
    NewsTopics topics = NewsTopics.from(config);
    try (StreamsService service = EnrichService.start(config.with(Map.of("state.dir", tempDir())))) {
      service.awaitRunning(Duration.ofSeconds(60));
      String paragraph = "Olaf Scholz traf Emmanuel Macron in Berlin, Paris und Warschau. ";
      sendText(config, topics, "long", "Treffen in Berlin\n\n" + paragraph.repeat(20) + "\n\nEnde.");
      sendArticles(config, topics, 0, 1);

      List<ConsumerRecord<String, byte[]>> dead = awaitRecords(config, topics.deadLetters(), 1, Duration.ofSeconds(60));
      assertThat(dead).singleElement().satisfies(record -> {
        assertThat(record.key()).isEqualTo("long");
        assertThat(header(record, DeadLetterHandler.HEADER_REASON)).isEqualTo("output-too-large");
      });
      assertThat(awaitRecords(config, topics.enriched(), 1, Duration.ofSeconds(30)))
          .extracting(ConsumerRecord::key).containsExactly("article-0");
    }
  }

  private static void sendText(NewsflowConfig config, NewsTopics topics, String id, String text) throws Exception {
    SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>();
    serializer.configure(config.serdeProperties(), false);
    try (KafkaProducer<String, RawArticle> producer =
             new KafkaProducer<>(config.kafkaClientProperties(), new StringSerializer(), serializer)) {
      producer.send(new ProducerRecord<>(topics.raw(), id, RawArticle.newBuilder()
          .setId(id).setSource(Source.newBuilder().setName("it").build())
          .setReceivedAt(Instant.now()).setContentType("text/plain").setText(text).build())).get();
    }
  }

  private NewsflowConfig config() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> values = new HashMap<>();
    values.put("bootstrap.servers", stack.bootstrapServers());
    values.put("schema.registry.url", stack.schemaRegistryUrl());
    values.put("application.id", "enrich-it-" + run);
    values.put("replication.factor", "1");
    values.put("topics.partitions", "4");
    for (String role : List.of("raw", "enriched", "articles", "entities", "ops.events", "ops.metrics", "dlq")) {
      values.put("topic." + role, role + "-" + run);
    }
    return NewsflowConfig.of(values);
  }

  private static String tempDir() throws Exception {
    return Files.createTempDirectory("enrich-it").toString();
  }

  private static void sendArticles(NewsflowConfig config, NewsTopics topics, int from, int to) throws Exception {
    SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>();
    serializer.configure(config.serdeProperties(), false);
    try (KafkaProducer<String, RawArticle> producer =
             new KafkaProducer<>(config.kafkaClientProperties(), new StringSerializer(), serializer)) {
      for (int i = from; i < to; i++) {
        RawArticle article = RawArticle.newBuilder()
            .setId("article-" + i).setSource(Source.newBuilder().setName("it").build())
            .setReceivedAt(Instant.now()).setContentType("text/plain")
            .setText("Meldung " + i + " aus Hamburg\n\nDer Hamburger Senat hat am Montag neue Pläne vorgestellt. "
                + "Bürgermeister Peter Tschentscher sprach von einem wichtigen Schritt.\n\nDie Opposition kritisierte das Vorhaben.")
            .build();
        producer.send(new ProducerRecord<>(topics.raw(), article.getId(), article));
      }
      producer.flush();
    }
  }

  private static void sendBytes(NewsflowConfig config, String topic, String key, byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
             new KafkaProducer<>(config.kafkaClientProperties(), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  /** Reads committed records from the start of the topic until there are at least {@code count}, then a little longer. */
  private static List<ConsumerRecord<String, byte[]>> awaitRecords(NewsflowConfig config, String topic, int count, Duration timeout) {
    Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
             new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (records.size() < count && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      // Anything published twice would arrive right behind; look for it.
      long settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < settle) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
