package io.newsflow.enrich.entity;

import java.util.List;
import java.util.Objects;

/** One real-world person, place or organisation with its canonical name and every mention. */
public record Entity(EntityType type, String name, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
  }
}
