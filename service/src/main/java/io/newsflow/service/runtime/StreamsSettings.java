package io.newsflow.service.runtime;

import io.newsflow.avro.Stage;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.deadletter.DeadLetterHandler;
import io.newsflow.service.topics.NewsTopics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams properties for a newsflow stage, from its config. */
public final class StreamsSettings {
  private StreamsSettings() {}

  /**
   * Exactly-once v2 (transactions, idempotent producers, read_committed consumers) and the
   * dead-letter handler for every error hook; {@code kafka.*} settings and serde settings pass through.
   */
  public static Properties of(NewsflowConfig config, String defaultApplicationId, Stage stage) {
    NewsTopics topics = NewsTopics.from(config);
    Map<String, Object> props = new LinkedHashMap<>(config.kafkaClientProperties());
    props.putAll(config.serdeProperties());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(NewsflowConfig.APPLICATION_ID, defaultApplicationId));
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.getInt("replication.factor", -1));
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt("stream.threads", 1));
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.getLong("commit.interval.ms", 100));
    // Not under /tmp: the OS may clean it, and restoring state from the changelog is slow.
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.get("state.dir",
        System.getProperty("user.home") + "/.newsflow/streams-state"));
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    props.put(DeadLetterHandler.DLQ_TOPIC, topics.deadLetters());
    props.put(DeadLetterHandler.OPS_TOPIC, topics.opsEvents());
    props.put(DeadLetterHandler.STAGE, stage.name());
    props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, NewsflowConfig.DEFAULT_COMPRESSION);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // An instance killed without leaving its group holds its partitions until the session times out
    // (Kafka's default 45 s): 10 s, with heartbeats every 3 s, hands them over sooner; see docs/reliability.md.
    props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
    props.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
    Properties properties = new Properties();
    props.forEach((k, v) -> properties.put(k, v));
    return properties;
  }
}
