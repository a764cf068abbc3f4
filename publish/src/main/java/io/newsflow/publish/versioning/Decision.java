package io.newsflow.publish.versioning;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.internal.ArticleVersion;
import java.time.Instant;
import java.util.List;

/** What the publish stage does with one enriched article. */
public sealed interface Decision permits Decision.Publish, Decision.Duplicate {

  /** The article as it arrived from enrich. */
  NewsArticle incoming();

  /** When the decision was taken: the publication time of a new version. */
  Instant decidedAt();

  /** The article to publish: one element for a new version, none for a duplicate. */
  List<NewsArticle> publishedArticle();

  /**
   * A new version goes out.
   *
   * @param article the public article, with its version and times set
   * @param version what to remember about the article id from now on
   */
  record Publish(NewsArticle incoming, NewsArticle article, ArticleVersion version, Instant decidedAt)
      implements Decision {
    @Override
    public List<NewsArticle> publishedArticle() {
      return List.of(article);
    }
  }

  /**
   * An unchanged re-send of the version already published; nothing goes out.
   *
   * @param publishedVersion the version whose content it repeats
   */
  record Duplicate(NewsArticle incoming, int publishedVersion, Instant decidedAt) implements Decision {
    @Override
    public List<NewsArticle> publishedArticle() {
      return List.of();
    }

    public String reason() {
      return "same content as version " + publishedVersion;
    }
  }
}
