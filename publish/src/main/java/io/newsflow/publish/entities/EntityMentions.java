package io.newsflow.publish.entities;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityMention;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.NewsArticle;
import java.util.List;

/**
 * The entity stream of a published article version: one mention record per person, place or
 * organisation, so services that follow an entity read one topic keyed by its name.
 */
public final class EntityMentions {
  private EntityMentions() {}

  /**
   * One mention per entity of the article, in the article's order. {@code OTHER} entities are left
   * out: the news.entities.v1 contract promises PERSON, PLACE or ORGANISATION.
   *
   * @param published an article with {@code times.published} set
   */
  public static List<EntityMention> of(NewsArticle published) {
    return published.getEntities().stream()
        .filter(entity -> entity.getType() != EntityType.OTHER)
        .map(entity -> mention(entity, published))
        .toList();
  }

  /** Canonical names of every entity in the article, each once, for the PUBLISHED ops event. */
  public static List<String> names(NewsArticle article) {
    return article.getEntities().stream().map(Entity::getName).distinct().toList();
  }

  /**
   * How often the text names the entity: the extractor's count, or the number of mention spans when
   * the count was left at its default of 0.
   */
  public static int mentionCount(Entity entity) {
    return entity.getCount() > 0 ? entity.getCount() : entity.getMentions().size();
  }

  private static EntityMention mention(Entity entity, NewsArticle published) {
    return EntityMention.newBuilder()
        .setEntityName(entity.getName())
        .setEntityType(entity.getType().name())
        .setArticleId(published.getId())
        .setArticleVersion(published.getVersion())
        .setHeadline(published.getHeadline())
        .setLanguage(published.getLanguage())
        .setMentionCount(mentionCount(entity))
        .setTime(published.getTimes().getPublished())
        .build();
  }
}
