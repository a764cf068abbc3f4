package io.newsflow.enrich;

import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.quote.Quote;
import io.newsflow.enrich.structure.Block;
import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import java.util.Objects;

/**
 * Everything the enrichment found in one article. Mention offsets point into {@link #text()}:
 * headline, lead and body blocks joined with a blank line (see {@link ArticleText}).
 */
public record EnrichedArticle(
    String language,
    String section,
    String headline,
    String lead,
    List<Block> body,
    List<Credit> images,
    List<Entity> entities,
    List<Quote> quotes) {

  public EnrichedArticle {
    Objects.requireNonNull(headline, "headline");
    body = List.copyOf(body);
    images = List.copyOf(images);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  /** The text the record carries and mention offsets point into. */
  public ArticleText articleText() {
    return ArticleText.of(headline, lead, body.stream().map(Block::text).toList());
  }

  public String text() {
    return articleText().text();
  }

  /** Words a reader reads: headline, lead and body. */
  public int wordCount() {
    String t = text().strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
