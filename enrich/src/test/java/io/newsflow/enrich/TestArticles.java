package io.newsflow.enrich;

/** One enricher for all tests: building it loads word lists and language models. */
public final class TestArticles {
  public static final ArticleEnricher ENRICHER = new ArticleEnricher();

  private TestArticles() {}

  public static EnrichedArticle plain(String text) {
    return ENRICHER.enrich(text, "text/plain");
  }
}
