package io.newsflow.schemas;

/**
 * The topic names every service agrees on. The {@code .v1} suffix is the contract version: a change
 * that cannot stay BACKWARD compatible gets a new topic, not a broken one.
 */
public final class Topics {
  /** {@link io.newsflow.avro.RawArticle}, keyed by article id. */
  public static final String RAW = "news.raw.v1";
  /** {@link io.newsflow.avro.NewsArticle} as enriched, before versioning, keyed by article id. */
  public static final String ENRICHED = "news.enriched.v1";
  /** {@link io.newsflow.avro.NewsArticle}, the public contract, compacted, keyed by article id. */
  public static final String ARTICLES = "news.articles.v1";
  /** {@link io.newsflow.avro.EntityMention}, keyed by entity name. */
  public static final String ENTITIES = "news.entities.v1";
  /** {@link io.newsflow.avro.OpsEvent}, keyed by article id. */
  public static final String OPS_EVENTS = "news.ops.events.v1";
  /** {@link io.newsflow.avro.OpsMetrics}, keyed by source name. */
  public static final String OPS_METRICS = "news.ops.metrics.v1";
  /** Original bytes of records a stage could not handle, with the reason in headers. */
  public static final String DEAD_LETTERS = "news.dlq.v1";

  private Topics() {}
}
