package io.newsflow.ingest;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Topics and reading back for tests on the embedded broker, which does not create topics itself. */
public final class KafkaTestSupport {
  private KafkaTestSupport() {}

  public static void createTopics(EmbeddedStack stack, String... topics) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
      admin.createTopics(Arrays.stream(topics).map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get();
      // createTopics returns before the broker acts as leader. An idempotent producer whose first
      // batch meets NOT_LEADER_OR_FOLLOWER can then be stuck on OUT_OF_ORDER_SEQUENCE_NUMBER until
      // its records expire (seen on the embedded 4.4 broker), so wait until every partition answers
      // a ListOffsets, which only its leader does.
      Map<TopicPartition, OffsetSpec> partitions = new LinkedHashMap<>();
      for (String topic : topics) {
        for (int p = 0; p < 3; p++) {
          partitions.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (true) {
        try {
          admin.listOffsets(partitions).all().get();
          return;
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
            throw e;
          }
          Thread.sleep(100);
        }
      }
    }
  }

  /** Config for a test's own raw and ops topics on the embedded stack. */
  public static NewsflowConfig config(EmbeddedStack stack, String rawTopic, String opsTopic, Map<String, String> extra) {
    Map<String, String> values = new LinkedHashMap<>(extra);
    values.put(NewsflowConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
    values.put(NewsflowConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
    values.put("topic.raw", rawTopic);
    values.put("topic.ops.events", opsTopic);
    return NewsflowConfig.of(values);
  }

  /**
   * Every record on the topic from the beginning: polls until {@code expected} arrived (or the
   * timeout), then a little longer so that extra records would show up too.
   */
  public static <T> List<ConsumerRecord<String, T>> readAll(EmbeddedStack stack, String topic, int expected, Duration timeout) {
    Properties props = new Properties();
    props.put("bootstrap.servers", stack.bootstrapServers());
    props.put("schema.registry.url", stack.schemaRegistryUrl());
    props.put("enable.auto.commit", "false");
    List<ConsumerRecord<String, T>> records = new ArrayList<>();
    SpecificAvroDeserializer<T> values = new SpecificAvroDeserializer<>();
    values.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
    try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.poll(Duration.ofMillis(300)).forEach(records::add);
    }
    return records;
  }
}
