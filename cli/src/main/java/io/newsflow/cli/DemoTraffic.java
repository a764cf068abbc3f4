package io.newsflow.cli;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.OpsMetrics;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import io.newsflow.service.topics.NewsTopics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/** What the demo sends and reads back. */
final class DemoTraffic {
  private DemoTraffic() {}

  record Sent(int distinctArticles, int resent, int poisonPills) {}

  /**
   * Sends every sample through the ingest Java API, then re-sends the first one unchanged (the
   * publish stage must drop it as a duplicate) and puts one record of garbage bytes on the raw
   * topic (the enrich stage must dead-letter it and carry on).
   */
  static Sent send(NewsflowConfig config, NewsTopics topics, List<Path> files, PrintStream console) throws Exception {
    int distinct = DemoIngest.sendFiles(config, files, console);
    DemoIngest.sendFiles(config, files.subList(0, 1), console);
    Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
    try (KafkaProducer<String, byte[]> producer =
             new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.raw(), "poison-" + UUID.randomUUID(),
          "not an Avro record".getBytes(StandardCharsets.UTF_8))).get();
    }
    console.println("  sent " + distinct + " articles, re-sent 1 unchanged, and 1 poison pill to " + topics.raw());
    return new Sent(distinct, 1, 1);
  }

  /** Reads the public topic until every article is there (committed records only). */
  static List<NewsArticle> awaitPublished(NewsflowConfig config, NewsTopics topics, int expected, Duration timeout) {
    Map<String, NewsArticle> byId = new LinkedHashMap<>();
    SpecificAvroDeserializer<NewsArticle> values = new SpecificAvroDeserializer<>();
    values.configure(config.serdeProperties(), false);
    try (KafkaConsumer<String, byte[]> consumer = consumer(config)) {
      consumer.subscribe(List.of(topics.articles()));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (byId.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
          byId.put(record.key(), values.deserialize(record.topic(), record.value()));
        }
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Counts what the other topics received: ops events by outcome, entities, dead letters, metrics. */
  static void printOpsSummary(NewsflowConfig config, NewsTopics topics, PrintStream console) {
    SpecificAvroDeserializer<Object> values = new SpecificAvroDeserializer<>();
    values.configure(config.serdeProperties(), false);
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, OpsMetrics> metrics = new TreeMap<>();
    int entities = 0;
    int deadLetters = 0;
    try (KafkaConsumer<String, byte[]> consumer = consumer(config)) {
      consumer.subscribe(List.of(topics.opsEvents(), topics.entities(), topics.deadLetters(), topics.opsMetrics()));
      long quietSince = System.nanoTime();
      // Give the publish stage a moment after the last event to commit what it wrote.
      while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
        var records = consumer.poll(Duration.ofMillis(300));
        if (!records.isEmpty()) {
          quietSince = System.nanoTime();
        }
        for (ConsumerRecord<String, byte[]> record : records) {
          if (record.topic().equals(topics.deadLetters())) {
            deadLetters++;
          } else if (record.topic().equals(topics.entities())) {
            entities++;
          } else if (record.topic().equals(topics.opsEvents())) {
            OpsEvent event = (OpsEvent) values.deserialize(record.topic(), record.value());
            outcomes.merge(event.getStage() + " " + event.getOutcome(), 1, Integer::sum);
          } else {
            OpsMetrics window = (OpsMetrics) values.deserialize(record.topic(), record.value());
            metrics.put(window.getSource(), window);
          }
        }
      }
    }
    console.println("Ops summary:");
    outcomes.forEach((outcome, count) -> console.printf("  %-22s %d%n", outcome, count));
    console.printf("  %-22s %d%n", topics.entities(), entities);
    console.printf("  %-22s %d%n", topics.deadLetters(), deadLetters);
    if (metrics.isEmpty()) {
      console.println("  metrics: a source's window is written to " + topics.opsMetrics() + " once it closes "
          + "(metrics.window.ms + metrics.grace.ms of event time after its start); none closed in this short demo");
    }
    metrics.forEach((source, window) -> console.printf(
        "  metrics %-14s in=%d published=%d duplicates=%d rejected=%d p50=%dms p95=%dms top=%s%n",
        source, window.getArticlesIn(), window.getPublished(), window.getDuplicates(), window.getRejected(),
        window.getLatencyP50Ms(), window.getLatencyP95Ms(),
        window.getTopEntities().subList(0, Math.min(3, window.getTopEntities().size()))));
  }

  private static KafkaConsumer<String, byte[]> consumer(NewsflowConfig config) {
    Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-demo-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
