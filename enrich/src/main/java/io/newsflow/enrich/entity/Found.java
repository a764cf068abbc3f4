package io.newsflow.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Mentions collected for one entity. */
final class Found {
  /** French courtesy titles a mention may start with (DocumentNames); never part of the name. */
  static final java.util.Set<String> COURTESY_TITLES = java.util.Set.of("M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles");

  final String id;
  final EntityType type;
  final Gazetteer.Entry entry;
  final String name;
  final List<Mention> mentions = new ArrayList<>();

  Found(String id, EntityType type, Gazetteer.Entry entry, String name) {
    this.id = id;
    this.type = type;
    this.entry = entry;
    this.name = name;
  }

  Entity toEntity(String language) {
    List<Mention> ordered = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
    return new Entity(type, canonical(language), ordered);
  }

  String canonical(String language) {
    if (type == EntityType.PERSON) {
      // The fullest form the article itself prints is the name its readers know.
      String longest = null;
      for (Mention m : mentions) {
        String text = withoutTitles(m.text(), language);
        if (text.contains(" ") && (longest == null || text.length() > longest.length())) {
          longest = text;
        }
      }
      if (longest != null) {
        return "pl".equals(language) ? PolishNames.nominative(longest) : longest;
      }
    }
    if (entry != null) {
      return entry.canonical(language);
    }
    return name != null ? name : withoutTitles(mentions.get(0).text(), language);
  }

  /**
   * "M. Chéron" is Chéron, "le général de Gaulle" de Gaulle: a courtesy title, or an article with the lower-case
   * function after it, comes before a French name; a particle right before the surname ("de") stays. Only French
   * mentions hold titles (DocumentNames): elsewhere "M." is an initial ("M. Night Shyamalan").
   */
  private static String withoutTitles(String text, String language) {
    if (!"fr".equals(language)) {
      return text;
    }
    String[] words = text.split(" ");
    int first = COURTESY_TITLES.contains(words[0]) ? 1 : 0;
    if (first < words.length && FRENCH_ARTICLES.contains(words[first])) {
      int k = first + 1;
      while (k + 1 < words.length && Character.isLowerCase(words[k].charAt(0)) && Character.isLowerCase(words[k + 1].charAt(0))) {
        k++;
      }
      if (k + 1 < words.length && Character.isLowerCase(words[k].charAt(0)) && !PARTICLES.contains(words[k])) {
        k++;
      }
      first = k;
    }
    return first == 0 || first >= words.length ? text : String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
  }

  private static final java.util.Set<String> FRENCH_ARTICLES = java.util.Set.of("le", "la", "les");
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "d'", "du", "des");
}
