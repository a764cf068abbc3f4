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
        if (m.text().contains(" ") && (longest == null || m.text().length() > longest.length())) {
          longest = m.text();
        }
      }
      if (longest != null) {
        return longest;
      }
    }
    if (entry != null) {
      return entry.canonical(language);
    }
    return name != null ? name : mentions.get(0).text();
  }
}
