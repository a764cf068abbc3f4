package io.newsflow.enrich.quote;

import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.text.ArticleText;
import java.util.List;

/** Placeholder until speech attribution lands. */
public final class QuoteExtractor {
  public List<Quote> extract(ArticleText text, List<Entity> entities, String language) {
    return List.of();
  }
}
