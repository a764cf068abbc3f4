package io.newsflow.service.topics;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;
import java.util.List;

/**
 * The topics of the pipeline with their documented layout. Partition counts bound how many
 * instances of a stage can share the work, so they are configurable ({@code topics.partitions}).
 */
public record NewsTopics(
    String raw, String enriched, String articles, String entities,
    String opsEvents, String opsMetrics, String deadLetters, int partitions) {

  public static final int DEFAULT_PARTITIONS = 6;
  private static final long WEEK = Duration.ofDays(7).toMillis();
  private static final long MONTH = Duration.ofDays(30).toMillis();

  public static NewsTopics from(NewsflowConfig config) {
    return new NewsTopics(
        config.topic("raw", Topics.RAW),
        config.topic("enriched", Topics.ENRICHED),
        config.topic("articles", Topics.ARTICLES),
        config.topic("entities", Topics.ENTITIES),
        config.topic("ops.events", Topics.OPS_EVENTS),
        config.topic("ops.metrics", Topics.OPS_METRICS),
        config.topic("dlq", Topics.DEAD_LETTERS),
        config.getInt("topics.partitions", DEFAULT_PARTITIONS));
  }

  public static NewsTopics defaults() {
    return from(NewsflowConfig.of(java.util.Map.of()));
  }

  /** Every topic with its spec: raw and enriched keep a week, articles are compacted, DLQ keeps a month. */
  public List<TopicSpec> specs() {
    return List.of(
        TopicSpec.retained(raw, partitions, WEEK),
        TopicSpec.retained(enriched, partitions, WEEK),
        TopicSpec.compacted(articles, partitions),
        TopicSpec.retained(entities, partitions, MONTH),
        TopicSpec.retained(opsEvents, partitions, WEEK),
        TopicSpec.retained(opsMetrics, 1, MONTH),
        TopicSpec.retained(deadLetters, 1, MONTH));
  }
}
