package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.DataFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Given names and role words that announce a person's name in running text. */
final class PersonCues {
  private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "du", "le", "la", "bin", "al", "ten", "zu");

  private final Set<String> givenNames = new HashSet<>();
  private final List<String> roles;

  PersonCues() {
    for (String line : DataFile.lines("entity/first-names.txt")) {
      for (String name : line.split("\\s+")) {
        givenNames.add(name);
      }
    }
    roles = DataFile.lines("entity/roles.txt").stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
  }

  boolean isGivenName(String word) {
    return givenNames.contains(word);
  }

  boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** "Bundeswirtschaftsministerin", "Vizepräsident", "Premier", "executive": a role before a name. */
  boolean isRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String role : roles) {
      if (w.equals(role) || w.length() > role.length() + 2 && w.endsWith(role) && role.length() >= 4) {
        return true;
      }
    }
    return false;
  }
}
