package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.DataFile;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Given names and role words that announce a person's name in running text. */
final class PersonCues {
  private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "du", "le", "la", "bin", "al", "ten", "zu");
  /** Particles that are also articles: in a name only after another particle ("von der Leyen", "van den Berg"). */
  private static final Set<String> ARTICLE_PARTICLES = Set.of("der", "den", "le", "la");

  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> exactRoles = new HashSet<>();
  private final Set<String> compoundRoles = new HashSet<>();
  private final Set<String> eastAsianFamilyNames = new HashSet<>();
  private final Set<String> germanTitles = new HashSet<>(DataFile.lines("entity/name-titles-de.txt"));
  /** "language TAB verb": the speech verbs quotes are attributed by, shared with the quote layer. */
  private final Set<String> speechVerbs = new HashSet<>();

  PersonCues() {
    for (String line : DataFile.lines("entity/first-names.txt")) {
      for (String name : line.split("\\s+")) {
        givenNames.add(name);
      }
    }
    for (String line : DataFile.lines("entity/east-asian-family-names.txt")) {
      for (String name : line.split("\\s+")) {
        eastAsianFamilyNames.add(name);
      }
    }
    for (String line : DataFile.lines("quote/speech-verbs.txt")) {
      String[] cols = line.split("\t");
      if (cols.length == 2) {
        for (String verb : cols[1].split("\\s+")) {
          speechVerbs.add(cols[0] + "\t" + verb.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (String role : DataFile.lines("entity/roles.txt")) {
      String r = role.toLowerCase(Locale.ROOT);
      exactRoles.add(r);
      if (r.length() >= 4) {
        compoundRoles.add(r);
      }
    }
  }

  boolean isGivenName(String word) {
    return givenNames.contains(word);
  }

  /** "Kim", "Lee", "Lai": a family name that comes first in romanised East Asian names. */
  boolean isEastAsianFamilyName(String word) {
    return eastAsianFamilyNames.contains(word);
  }

  /** "sagte", "meinte", "so", "powiedział": a verb that attributes speech in this language. */
  boolean isSpeechVerb(String language, String word) {
    return speechVerbs.contains(language + "\t" + word.toLowerCase(Locale.ROOT));
  }

  /** "Frau", "Herrn", "Dr.": in German, a form of address or title before a name that is not part of it. */
  boolean isTitleBeforeName(String language, String word) {
    return "de".equals(language) && germanTitles.contains(word);
  }

  /** A role word or, in German, a title: either announces a name and is no part of it. */
  boolean isRoleOrTitle(String language, String word) {
    return isRole(word) || isTitleBeforeName(language, word);
  }

  boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** "der", "den", "la": a particle that on its own is an article ("Gustavo Dudamel den Geiger"). */
  boolean isArticleParticle(String word) {
    return ARTICLE_PARTICLES.contains(word);
  }

  /** "Bundeswirtschaftsministerin", "Vizepräsident", "Premier", "executive": a role before a name. */
  boolean isRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (exactRoles.contains(w)) {
      return true;
    }
    // German compounds end in a role of at least 4 letters after at least 3 letters of their own.
    for (int cut = 3; cut <= w.length() - 4; cut++) {
      if (compoundRoles.contains(w.substring(cut))) {
        return true;
      }
    }
    return false;
  }
}
