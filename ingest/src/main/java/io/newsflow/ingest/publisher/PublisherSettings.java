package io.newsflow.ingest.publisher;

import io.newsflow.ingest.intake.IntakeLimits;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SerdeConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Everything an {@link ArticlePublisher} needs, read from a {@link NewsflowConfig}.
 *
 * <p>The producer is always idempotent with {@code acks=all}: an acknowledged article is on every
 * in-sync replica and a retried send cannot duplicate or reorder it. A configuration that asks for
 * anything weaker is refused rather than silently overridden.
 */
public record PublisherSettings(
    String rawTopic,
    String opsTopic,
    IntakeLimits limits,
    Map<String, Object> producerProperties,
    Map<String, Object> serdeProperties) {

  /** How long an article may wait for Kafka before it counts as failed, unless {@code kafka.delivery.timeout.ms} says otherwise. */
  public static final String DELIVERY_TIMEOUT_MS = "300000";

  /** gzip level unless {@code kafka.compression.gzip.level} says otherwise; only read when the codec is gzip. */
  public static final String GZIP_LEVEL = "1";

  /** Producer settings that are ours unless {@code kafka.*} overrides them. */
  static final Map<String, String> PRODUCER_DEFAULTS = Map.of(
      ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest",
      ProducerConfig.COMPRESSION_TYPE_CONFIG, NewsflowConfig.DEFAULT_COMPRESSION,
      // gzip's fastest level: compressing is the producer's largest cost per article, and level 1 takes a
      // quarter of the default level's (6) time, for a raw topic about a third larger (docs/ingest.md).
      ProducerConfig.COMPRESSION_GZIP_LEVEL_CONFIG, GZIP_LEVEL,
      ProducerConfig.LINGER_MS_CONFIG, "5",
      // send() blocks while it waits for metadata; an HTTP request must not wait a minute for that.
      ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000",
      ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000",
      // Five minutes: a broker restart or leader election, and Kafka's own 2-minute default, are
      // ridden out by retrying; only a longer outage fails articles (the CLI keeps those for a re-send).
      ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS,
      ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(IntakeLimits.KAFKA_MESSAGE_LIMIT));

  private static final Set<String> SERDE_KEYS = Set.of(SerdeConfig.SCHEMA_REGISTRY_URL,
      SerdeConfig.BASIC_AUTH_USER_INFO, SerdeConfig.AUTO_REGISTER_SCHEMAS, SerdeConfig.USE_LATEST_VERSION);

  public PublisherSettings {
    producerProperties = Map.copyOf(producerProperties);
    serdeProperties = Map.copyOf(serdeProperties);
  }

  public static PublisherSettings from(NewsflowConfig config) {
    Map<String, Object> producer = new LinkedHashMap<>();
    PRODUCER_DEFAULTS.forEach(producer::put);
    producer.putAll(config.kafkaClientProperties());
    require(producer, ProducerConfig.ACKS_CONFIG, Set.of("all", "-1"), "all");
    require(producer, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, Set.of("true"), "true");
    String compression = String.valueOf(producer.get(ProducerConfig.COMPRESSION_TYPE_CONFIG)).toLowerCase(Locale.ROOT);
    if (compression.equals("none")) {
      throw new IllegalArgumentException("kafka.compression.type=none: ingest compresses (gzip by default, or lz4, zstd, snappy); "
          + "article text compresses several times over and the raw topic is the largest one");
    }
    IntakeLimits limits = IntakeLimits.from(config);
    return new PublisherSettings(config.topic("raw", Topics.RAW), config.topic("ops.events", Topics.OPS_EVENTS),
        limits, producer, config.serdeProperties());
  }

  /**
   * Reads settings written the way a Kafka producer is configured: {@code bootstrap.servers},
   * {@code schema.registry.url} and other serde keys, {@code ingest.*} and {@code topic.*}; every
   * other key is a producer setting ({@code linger.ms}, {@code security.protocol}, ...).
   */
  public static NewsflowConfig configFrom(Properties properties) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key);
      if (key.equals(NewsflowConfig.BOOTSTRAP_SERVERS) || key.equals(NewsflowConfig.SCHEMA_REGISTRY_URL)
          || key.startsWith("ingest.") || key.startsWith("topic.") || key.startsWith("kafka.") || key.startsWith("registry.")) {
        values.put(key, value);
      } else if (SERDE_KEYS.contains(key)) {
        values.put("registry." + key, value);
      } else {
        values.put("kafka." + key, value);
      }
    }
    return NewsflowConfig.of(values);
  }

  private static void require(Map<String, Object> producer, String key, Set<String> allowed, String value) {
    Object given = producer.get(key);
    if (given != null && !allowed.contains(given.toString().trim().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("kafka." + key + "=" + given + " is not allowed: ingest needs " + key + "=" + value
          + " so that an acknowledged article is durable and a retry cannot duplicate it");
    }
    producer.put(key, value);
  }
}
