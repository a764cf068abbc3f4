package io.newsflow.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Mentions collected for one entity. */
final class Found {
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
    String printed = name != null ? name : mentions.get(0).text();
    return type == EntityType.PERSON || name == null ? withoutTitles(printed, language) : printed;
  }

  /** Only French mentions hold titles (DocumentNames): elsewhere "M." is an initial ("M. Night Shyamalan"). */
  private static String withoutTitles(String text, String language) {
    return "fr".equals(language) ? FrenchTitles.withoutTitles(text) : text;
  }
}
