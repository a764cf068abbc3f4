package io.newsflow.service.topics;

import java.util.Map;

/** A topic as newsflow expects it: partitions and the configs that matter to its contract. */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

  /** Keyed by article id, latest version kept forever (a compacted topic is the article store). */
  public static TopicSpec compacted(String name, int partitions) {
    return new TopicSpec(name, partitions, Map.of("cleanup.policy", "compact"));
  }

  /** An event log kept for a time. */
  public static TopicSpec retained(String name, int partitions, long retentionMs) {
    return new TopicSpec(name, partitions, Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(retentionMs)));
  }
}
