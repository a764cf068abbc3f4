package io.newsflow.publish.entities;

import static io.newsflow.publish.TestArticles.enriched;
import static io.newsflow.publish.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EntityMention;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.NewsArticle;
import io.newsflow.publish.versioning.Decision;
import io.newsflow.publish.versioning.Versioning;
import io.newsflow.avro.internal.ArticleVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMentionsTest {
  private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant PUBLISHED = Instant.parse("2026-03-01T08:00:03Z");

  private static NewsArticle published(NewsArticle enriched, ArticleVersion previous) {
    return ((Decision.Publish) Versioning.decide(previous, enriched, PUBLISHED)).article();
  }

  @Test
  void buildsOneMentionPerEntityWithArticleFacts() {
    NewsArticle article = published(enriched("a1", "h2", RECEIVED,
        entity(EntityType.PERSON, "Donald Tusk", 2, "Donald Tusk", "Tusk"),
        entity(EntityType.PLACE, "Warszawa", 1, "Warszawie")), new ArticleVersion(1, "h1", RECEIVED, RECEIVED));

    List<EntityMention> mentions = EntityMentions.of(article);

    assertThat(mentions).extracting(EntityMention::getEntityName).containsExactly("Donald Tusk", "Warszawa");
    EntityMention tusk = mentions.get(0);
    assertThat(tusk.getEntityType()).isEqualTo("PERSON");
    assertThat(tusk.getArticleId()).isEqualTo("a1");
    assertThat(tusk.getArticleVersion()).isEqualTo(2);
    assertThat(tusk.getHeadline()).isEqualTo("Headline of a1");
    assertThat(tusk.getLanguage()).isEqualTo("pl");
    assertThat(tusk.getMentionCount()).isEqualTo(2);
    assertThat(tusk.getTime()).isEqualTo(PUBLISHED);
  }

  @Test
  void countsMentionSpansWhenExtractorLeftCountAtZero() {
    assertThat(EntityMentions.mentionCount(entity(EntityType.ORGANISATION, "Sejm", 0, "Sejm", "Sejmu", "Sejmie")))
        .isEqualTo(3);
  }

  @Test
  void leavesOutEntitiesOfTypeOther() {
    NewsArticle article = published(enriched("a1", "h1", RECEIVED,
        entity(EntityType.OTHER, "COVID-19", 1, "COVID-19"),
        entity(EntityType.ORGANISATION, "NATO", 1, "NATO")), null);

    assertThat(EntityMentions.of(article)).extracting(EntityMention::getEntityName).containsExactly("NATO");
  }

  @Test
  void namesEveryEntityOnceForTheOpsEvent() {
    NewsArticle article = enriched("a1", "h1", RECEIVED,
        entity(EntityType.PERSON, "Donald Tusk", 1, "Tusk"),
        entity(EntityType.OTHER, "COVID-19", 1, "COVID-19"),
        entity(EntityType.PERSON, "Donald Tusk", 1, "Tusk"));

    assertThat(EntityMentions.names(article)).containsExactly("Donald Tusk", "COVID-19");
  }

  @Test
  void buildsNoMentionsForArticleWithoutEntities() {
    assertThat(EntityMentions.of(published(enriched("a1", "h1", RECEIVED), null))).isEmpty();
  }
}
