package io.newsflow.publish.versioning;

import static io.newsflow.publish.TestArticles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.internal.ArticleVersion;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersioningTest {
  private static final Instant FIRST_RECEIVED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant SECOND_RECEIVED = Instant.parse("2026-03-01T09:30:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T09:30:02Z");

  @Test
  void publishesAnUnknownArticleAsVersionOne() {
    Decision decision = Versioning.decide(null, enriched("a1", "hash-1", FIRST_RECEIVED), NOW);

    assertThat(decision).isInstanceOf(Decision.Publish.class);
    NewsArticle article = ((Decision.Publish) decision).article();
    assertThat(article.getVersion()).isEqualTo(1);
    assertThat(article.getTimes().getFirstCreated()).isEqualTo(FIRST_RECEIVED);
    assertThat(article.getTimes().getVersionCreated()).isEqualTo(FIRST_RECEIVED);
    assertThat(article.getTimes().getPublished()).isEqualTo(NOW);
    assertThat(decision.publishedArticle()).containsExactly(article);
  }

  @Test
  void remembersVersionHashAndFirstCreatedOfWhatItPublishes() {
    Decision.Publish publish = (Decision.Publish) Versioning.decide(null, enriched("a1", "hash-1", FIRST_RECEIVED), NOW);

    assertThat(publish.version()).isEqualTo(new ArticleVersion(1, "hash-1", FIRST_RECEIVED, NOW));
  }

  @Test
  void treatsSameContentUnderSameIdAsDuplicateOfPublishedVersion() {
    ArticleVersion previous = new ArticleVersion(3, "hash-1", FIRST_RECEIVED, FIRST_RECEIVED);

    Decision decision = Versioning.decide(previous, enriched("a1", "hash-1", SECOND_RECEIVED), NOW);

    assertThat(decision).isInstanceOf(Decision.Duplicate.class);
    Decision.Duplicate duplicate = (Decision.Duplicate) decision;
    assertThat(duplicate.publishedVersion()).isEqualTo(3);
    assertThat(duplicate.reason()).isEqualTo("same content as version 3");
    assertThat(decision.publishedArticle()).isEmpty();
  }

  @Test
  void publishesChangedContentAsNextVersionKeepingFirstCreated() {
    ArticleVersion previous = new ArticleVersion(1, "hash-1", FIRST_RECEIVED, FIRST_RECEIVED);

    Decision.Publish publish = (Decision.Publish) Versioning.decide(previous, enriched("a1", "hash-2", SECOND_RECEIVED), NOW);

    assertThat(publish.article().getVersion()).isEqualTo(2);
    assertThat(publish.article().getTimes().getFirstCreated()).isEqualTo(FIRST_RECEIVED);
    assertThat(publish.article().getTimes().getVersionCreated()).isEqualTo(SECOND_RECEIVED);
    assertThat(publish.article().getTimes().getIngested()).isEqualTo(SECOND_RECEIVED);
    assertThat(publish.article().getTimes().getPublished()).isEqualTo(NOW);
    assertThat(publish.version()).isEqualTo(new ArticleVersion(2, "hash-2", FIRST_RECEIVED, NOW));
  }

  @Test
  void publishesReturnToEarlierTextAsNewVersion() {
    ArticleVersion afterCorrection = new ArticleVersion(2, "hash-2", FIRST_RECEIVED, FIRST_RECEIVED);

    Decision decision = Versioning.decide(afterCorrection, enriched("a1", "hash-1", SECOND_RECEIVED), NOW);

    assertThat(decision).isInstanceOf(Decision.Publish.class);
    assertThat(((Decision.Publish) decision).article().getVersion()).isEqualTo(3);
  }

  @Test
  void leavesTheIncomingArticleUnchanged() {
    NewsArticle incoming = enriched("a1", "hash-2", SECOND_RECEIVED);
    NewsArticle copy = NewsArticle.newBuilder(incoming).build();

    Versioning.decide(new ArticleVersion(1, "hash-1", FIRST_RECEIVED, FIRST_RECEIVED), incoming, NOW);

    assertThat(incoming).isEqualTo(copy);
  }

  @Test
  void anUnchangedResendRefreshesLastSeenAtMostOnceADay() {
    ArticleVersion seenNow = new ArticleVersion(1, "hash-1", FIRST_RECEIVED, NOW);

    assertThat(Versioning.seenAgain(seenNow, NOW.plus(Duration.ofHours(23)))).isEmpty();
    assertThat(Versioning.seenAgain(seenNow, NOW.plus(Duration.ofDays(2))))
        .hasValueSatisfying(seen -> assertThat(seen.getLastSeen()).isEqualTo(NOW.plus(Duration.ofDays(2))));
  }

  @Test
  void forgetsAnIdOnlyAfterItsRetention() {
    ArticleVersion seen = new ArticleVersion(1, "hash-1", FIRST_RECEIVED, NOW);

    assertThat(Versioning.expired(seen, NOW.plus(Duration.ofDays(30)), Duration.ofDays(30))).isFalse();
    assertThat(Versioning.expired(seen, NOW.plus(Duration.ofDays(30)).plusMillis(1), Duration.ofDays(30))).isTrue();
  }
}
