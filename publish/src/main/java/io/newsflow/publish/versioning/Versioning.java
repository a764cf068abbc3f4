package io.newsflow.publish.versioning;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.Times;
import io.newsflow.avro.internal.ArticleVersion;
import java.time.Instant;

/**
 * Versioning and de-duplication of articles by id. Senders re-send articles freely (feeds are polled,
 * newsroom systems retry), so only a change of content — a different {@code contentHash} from the
 * last published version — makes a new version. An article that returns to an older text is still a
 * new version: readers saw the text change.
 */
public final class Versioning {
  private Versioning() {}

  /**
   * @param previous what was last published under the article's id, or null for an unknown id
   * @param incoming the article as enriched (version 1, not yet published)
   * @param now the publication time of a new version
   */
  public static Decision decide(ArticleVersion previous, NewsArticle incoming, Instant now) {
    if (previous != null && previous.getContentHash().equals(incoming.getContentHash())) {
      return new Decision.Duplicate(incoming, previous.getVersion(), now);
    }
    int version = previous == null ? 1 : previous.getVersion() + 1;
    Instant received = incoming.getTimes().getIngested();
    Instant firstCreated = previous == null ? received : previous.getFirstCreated();
    NewsArticle article = sharingFields(incoming);
    article.setVersion(version);
    article.setTimes(Times.newBuilder()
        .setFirstCreated(firstCreated)
        .setVersionCreated(received)
        .setIngested(received)
        .setPublished(now)
        .build());
    ArticleVersion remembered = ArticleVersion.newBuilder()
        .setVersion(version)
        .setContentHash(incoming.getContentHash())
        .setFirstCreated(firstCreated)
        .build();
    return new Decision.Publish(incoming, article, remembered, now);
  }

  /**
   * A new record with the incoming article's field values, not copies of them. Avro's
   * {@code newBuilder(other)} deep-copies every field (body, entities and all their mentions), which
   * cost the publish stage more than the decision itself; nothing changes either record's fields
   * after this, so the two can share them. Field by field, so a field added to the schema is carried too.
   */
  private static NewsArticle sharingFields(NewsArticle incoming) {
    NewsArticle article = new NewsArticle();
    int fields = NewsArticle.getClassSchema().getFields().size();
    for (int i = 0; i < fields; i++) {
      article.put(i, incoming.get(i));
    }
    return article;
  }
}
