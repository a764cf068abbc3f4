package io.newsflow.schemas.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting newsflow reads, so a misspelt or misplaced key is reported at start-up instead of
 * silently doing nothing. A module that reads a new key adds it here (and to the README's table).
 *
 * <p>Two kinds of mistake are caught: a key nobody reads ({@code ingest.max.artcle.bytes}, or a
 * Kafka setting without its {@code kafka.} prefix), and a {@code kafka.*} pass-through for a client
 * setting that newsflow itself decides from one of its own keys, which would be overwritten.
 */
public final class ConfigKeys {
  static final Set<String> KNOWN = Set.of(
      NewsflowConfig.BOOTSTRAP_SERVERS, NewsflowConfig.SCHEMA_REGISTRY_URL, NewsflowConfig.APPLICATION_ID,
      "topics.partitions", "topics.create", "replication.factor", "stream.threads", "commit.interval.ms", "state.dir",
      "http.port", "http.host",
      "topic.raw", "topic.enriched", "topic.articles", "topic.entities", "topic.ops.events", "topic.ops.metrics", "topic.dlq",
      "metrics.window.ms", "metrics.grace.ms", "metrics.top.entities", "metrics.entity.capacity",
      "ingest.max.article.bytes", "ingest.max.metadata.bytes", "ingest.max.envelope.bytes",
      "ingest.http.host", "ingest.http.port", "ingest.http.token", "ingest.http.allow.unauthenticated",
      "ingest.ack.timeout.ms",
      // Read by the Streams runtime (thread restarts) and by publish versioning.
      "streams.restart.backoff.ms", "streams.restart.backoff.max.ms", "streams.restart.max", "versions.retention.ms");

  /** Open-ended families: handed on to Kafka clients and the serdes, which check their own keys. */
  static final Set<String> PASS_THROUGH_PREFIXES = Set.of("kafka.", "registry.");

  private static final String DEAD_LETTER_HANDLER = "newsflow's dead-letter handler (DeadLetterHandler)";

  /** Client settings newsflow derives from its own key: a {@code kafka.*} copy would be overwritten. */
  static final Map<String, String> DERIVED = Map.of(
      "bootstrap.servers", NewsflowConfig.BOOTSTRAP_SERVERS,
      "application.id", NewsflowConfig.APPLICATION_ID,
      "commit.interval.ms", "commit.interval.ms",
      "num.stream.threads", "stream.threads",
      "state.dir", "state.dir",
      "replication.factor", "replication.factor",
      "schema.registry.url", NewsflowConfig.SCHEMA_REGISTRY_URL);

  /**
   * Client settings newsflow fixes because its guarantees rest on them: each is set after the
   * {@code kafka.*} pass-through, so a copy given by the user would be silently overwritten.
   */
  static final Map<String, String> FIXED = Map.of(
      "processing.guarantee", "exactly_once_v2 (every stage is exactly-once)",
      // A stage's new group must read its input from the start, or articles sent before it joined are lost;
      // tail decides it from --from-beginning.
      "auto.offset.reset", "earliest for the stages (tail: --from-beginning)",
      "consumer.auto.offset.reset", "earliest for the stages (tail: --from-beginning)",
      // Every error hook is the dead-letter handler, which tells a bad record from an outage.
      "deserialization.exception.handler", DEAD_LETTER_HANDLER,
      "default.deserialization.exception.handler", DEAD_LETTER_HANDLER,
      "processing.exception.handler", DEAD_LETTER_HANDLER,
      "production.exception.handler", DEAD_LETTER_HANDLER,
      "default.production.exception.handler", DEAD_LETTER_HANDLER,
      "processing.exception.handler.global.enabled", "true (the dead-letter handler also for global stores)");

  /** Environment variables of the launcher and the test suite, not settings. */
  static final Set<String> NOT_SETTINGS = Set.of("java.opts", "test.kafka",
      // NEWSFLOW_ENTITY_MODELS: read by the enricher itself (EntityModel), in the offline command too.
      "entity.models");

  private ConfigKeys() {}

  /** Whether a key from a {@code NEWSFLOW_*} variable is meant as a setting. */
  static boolean isSetting(String key) {
    return !NOT_SETTINGS.contains(key);
  }

  /**
   * What is wrong with one key, in one sentence naming it, or null when nothing.
   *
   * @param given every key the user set, to say when newsflow's own key is set as well
   */
  public static String problem(String key, Set<String> given) {
    if (KNOWN.contains(key)) {
      return null;
    }
    for (String prefix : PASS_THROUGH_PREFIXES) {
      if (key.startsWith(prefix)) {
        String clientKey = key.substring(prefix.length());
        if (prefix.equals("kafka.") && DERIVED.containsKey(clientKey)) {
          String own = DERIVED.get(clientKey);
          return key + " would be overwritten by newsflow's " + own + (given.contains(own) ? " (also set)" : "")
              + ": set " + own + " instead";
        }
        if (prefix.equals("kafka.") && FIXED.containsKey(clientKey)) {
          return key + " cannot be changed: newsflow sets " + clientKey + "=" + FIXED.get(clientKey);
        }
        return null;
      }
    }
    return key + " is not a newsflow setting" + suggestion(key);
  }

  private static String suggestion(String key) {
    int dot = key.indexOf('.');
    String family = dot < 0 ? null : key.substring(0, dot + 1);
    List<String> relatives = family == null ? List.of() : KNOWN.stream().filter(k -> k.startsWith(family)).sorted().toList();
    if (!relatives.isEmpty()) {
      return "; the " + family + "* settings are " + String.join(", ", relatives);
    }
    // Most other keys are client settings given without their prefix (linger.ms, sasl.mechanism).
    return "; a Kafka client setting takes the prefix kafka. (kafka." + key + "), a serde setting registry.";
  }
}
