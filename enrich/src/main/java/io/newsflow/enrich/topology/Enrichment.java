package io.newsflow.enrich.topology;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.RawArticle;

/** What the enrich stage does to one article; the topology only wires it. */
@FunctionalInterface
public interface Enrichment {
  /**
   * @throws RuntimeException when the article cannot be understood; the stage dead-letters it
   */
  NewsArticle enrich(RawArticle raw);
}
