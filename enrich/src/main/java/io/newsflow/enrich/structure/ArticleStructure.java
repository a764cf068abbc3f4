package io.newsflow.enrich.structure;

import io.newsflow.enrich.credit.Credit;
import java.util.List;
import java.util.Objects;

/** What a reader sees of an article: section label, headline, lead, body and picture credits. */
public record ArticleStructure(String section, String headline, String lead, List<Block> body, List<Credit> images) {
  public ArticleStructure {
    Objects.requireNonNull(headline, "headline");
    body = List.copyOf(body);
    images = List.copyOf(images);
  }
}
