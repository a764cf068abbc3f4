package io.newsflow.publish.versioning;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.Times;
import io.newsflow.avro.internal.ArticleVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Versioning and de-duplication of articles by id. Senders re-send articles freely (feeds are polled,
 * newsroom systems retry), so only a change of content — a different {@code contentHash} from the
 * last published version — makes a new version. An article that returns to an older text is still a
 * new version: readers saw the text change.
 */
public final class Versioning {
  /** How stale a re-sent article's {@code lastSeen} may get before a duplicate refreshes it: one store write a day at most. */
  static final Duration REFRESH_AFTER = Duration.ofDays(1);

  private Versioning() {}

  /**
   * What to store for an unchanged re-send so that the id is not forgotten while senders keep it
   * alive: {@code previous} with {@code lastSeen = now}, or empty when it was refreshed within a day.
   */
  public static Optional<ArticleVersion> seenAgain(ArticleVersion previous, Instant now) {
    if (Duration.between(previous.getLastSeen(), now).compareTo(REFRESH_AFTER) < 0) {
      return Optional.empty();
    }
    return Optional.of(ArticleVersion.newBuilder(previous).setLastSeen(now).build());
  }

  /** Whether an id last seen at {@code previous.lastSeen} is forgotten at {@code now}. */
  public static boolean expired(ArticleVersion previous, Instant now, Duration retention) {
    return previous.getLastSeen().plus(retention).isBefore(now);
  }

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
        .setLastSeen(now)
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
