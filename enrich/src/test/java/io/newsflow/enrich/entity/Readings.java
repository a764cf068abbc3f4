package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.ArticleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The readings entity tests look at: the list-and-rule layers alone, and the document level over spans given by hand. */
final class Readings {
  private static final EntityRecognizer RULES = new EntityRecognizer();

  private Readings() {}

  /** The first mention's text of each entity of {@code type} the rule layers find. */
  static List<String> byRules(String text, String language, EntityType type) {
    return RULES.byRules(ArticleText.of(text, null, List.of()), language).entities().stream()
        .filter(e -> e.type() == type)
        .map(e -> e.mentions().get(0).text())
        .toList();
  }

  /** The document level on the rules and one model span of {@code type} over each of {@code tagged} (its first occurrence). */
  static List<Entity> resolved(String text, String language, EntityType type, String... tagged) {
    List<EntityModel.Tagged> spans = new ArrayList<>();
    for (String surface : tagged) {
      int start = text.indexOf(surface);
      spans.add(new EntityModel.Tagged(type, start, start + surface.length()));
    }
    Recognition rules = RULES.byRules(ArticleText.of(text, null, List.of()), language);
    return DocumentNames.resolve(rules, spans, Set.of(), new PersonCues(), new OrganisationCues());
  }
}
