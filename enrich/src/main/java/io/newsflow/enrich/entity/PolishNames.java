package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.DataFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The nominative of a Polish person's name as an article prints it in another case: "Halinę Ostrowską" is
 * Halina Ostrowska, "Jana Kowalskiego" Jan Kowalski, "Piotrowi Nowakowi" Piotr Nowak. The canonical name of an
 * entity is the name readers look up, so it is given in the nominative. Hand-written because no Polish
 * morphological dictionary is reachable here from Maven Central; only the regular endings are undone: an
 * adjectival surname's ({@code -ski}, {@code -cka}), a given name's where the nominative is a listed given name,
 * and a masculine noun surname's in the same case as its given name. Anything else stays as printed.
 */
final class PolishNames {
  private static final Set<String> GIVEN_NAMES = new HashSet<>();

  static {
    for (String line : DataFile.lines("entity/first-names.txt")) {
      for (String name : line.split("\\s+")) {
        GIVEN_NAMES.add(name);
      }
    }
  }

  /** Masculine case endings of given names and noun surnames, longest first. */
  private static final List<String> MASCULINE = List.of("owi", "iem", "em", "ie", "a", "u");
  /** Feminine case endings of given names, each replaced by "a". */
  private static final List<String> FEMININE = List.of("ie", "ę", "ą", "y", "i");

  private PolishNames() {}

  static String nominative(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 3) {
      return name;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return name;
      }
    }
    String surname = words[words.length - 1];
    String feminine = feminineAdjectival(surname);
    String masculineCase = masculineAdjectivalCase(surname);
    StringBuilder out = new StringBuilder();
    String givenCase = null;
    for (int i = 0; i < words.length - 1; i++) {
      String given = words[i];
      String asFeminine = feminineGiven(given);
      String ending = masculineEnding(given, masculineCase);
      String nominative;
      if (feminine != null) {
        nominative = asFeminine != null ? asFeminine : feminineGivenBeside(given, surname);
        if (nominative == null) {
          return name;  // the surname's case is clear, the given name's nominative is not: no half-converted name
        }
      } else if (masculineCase != null) {
        nominative = given.endsWith("iego") && masculineCase.equals("iego") ? given.substring(0, given.length() - 3)
            : ending == null ? null : masculineNominative(given, ending);
        if (nominative == null) {
          return name;
        }
      } else if (GIVEN_NAMES.contains(given) || asFeminine != null && ending != null) {
        // A nominative already, or two readings ("Janie": Jan's locative, Jana's dative): leave the name as printed.
        return name;
      } else if (asFeminine != null) {
        nominative = asFeminine;
      } else {
        nominative = ending == null ? null : masculineNominative(given, ending);
      }
      if (nominative != null && feminine == null && asFeminine == null) {
        givenCase = ending;
      }
      out.append(nominative != null ? nominative : given).append(' ');
    }
    String last;
    if (feminine != null) {
      last = feminine;
    } else if (masculineCase != null) {
      last = surname.substring(0, surname.length() - masculineCase.length()) + "i";
    } else if (givenCase != null) {
      last = masculineNounNominative(surname, givenCase);
    } else {
      last = surname;
    }
    return out.append(last).toString();
  }

  /** The case ending of a masculine adjectival surname ("Kowalskiego": "iego"), or null. */
  private static String masculineAdjectivalCase(String w) {
    for (String stem : List.of("sk", "ck", "dzk")) {
      for (String ending : List.of("iego", "iemu", "im")) {
        if (w.endsWith(stem + ending)) {
          return ending;
        }
      }
    }
    return null;
  }

  /** The given name's endings that go with an adjectival surname's case: genitive, dative, instrumental or locative. */
  private static List<String> givenEndings(String adjectivalCase) {
    if (adjectivalCase == null) {
      return MASCULINE;
    }
    return switch (adjectivalCase) {
      case "iego" -> List.of("a");
      case "iemu" -> List.of("owi", "u");
      default -> List.of("iem", "em", "ie", "u");
    };
  }

  /**
   * "Marka" -> Marek, "Jana" -> Jan: the stem, with the fleeting e back where that makes a listed name; with an
   * adjectival surname in the same case ("Lecha Kaczyńskiego") the stem stands even when it is not listed.
   */
  private static String masculineNominative(String given, String ending) {
    String stem = given.substring(0, given.length() - ending.length());
    String withE = stem.length() >= 3 ? stem.substring(0, stem.length() - 1) + "e" + stem.charAt(stem.length() - 1) : stem;
    return GIVEN_NAMES.contains(withE) ? withE : stem;
  }

  /** "Nowaka" -> Nowak, "Wojtyły" -> Wojtyła, "Słomki" -> Słomka: a noun surname in the given name's case. */
  private static String masculineNounNominative(String surname, String givenCase) {
    int n = surname.length();
    if (n > givenCase.length() + 2 && surname.endsWith(givenCase) && !isVowel(surname.charAt(n - givenCase.length() - 1))) {
      return surname.substring(0, n - givenCase.length());
    }
    if (givenCase.equals("a") && n > 3 && !isVowel(surname.charAt(n - 2))) {
      if (surname.endsWith("y")) {
        return surname.substring(0, n - 1) + "a";
      }
      if (surname.endsWith("ki") || surname.endsWith("gi")) {
        return surname.substring(0, n - 1) + "a";
      }
    }
    return surname;
  }

  /** "Ostrowską", "Kowalskiej" -> "Ostrowska", "Kowalska"; null if the word is no feminine adjectival form in another case. */
  private static String feminineAdjectival(String w) {
    for (String stem : List.of("sk", "ck", "dzk")) {
      if (w.endsWith(stem + "ą") || w.endsWith(stem + "iej")) {
        return w.substring(0, w.lastIndexOf(stem) + stem.length()) + "a";
      }
    }
    return null;
  }

  /**
   * Next to a feminine adjectival surname in that case the given name's ending goes too, listed or not: accusative
   * "-ę" and instrumental "-ą" beside "-ską", genitive "-y"/"-i" beside "-skiej" ("Ewelinę Lechicką").
   */
  private static String feminineGivenBeside(String given, String surname) {
    int n = given.length();
    if (n < 4 || isVowel(given.charAt(n - 2))) {
      return null;
    }
    boolean accusativeOrInstrumental = surname.endsWith("ą");
    char last = given.charAt(n - 1);
    if (accusativeOrInstrumental && (last == 'ę' || last == 'ą') || !accusativeOrInstrumental && (last == 'y' || last == 'i')) {
      return given.substring(0, n - 1) + "a";
    }
    return null;
  }

  /** "Halinę", "Haliny", "Halinie" -> "Halina" where Halina is a listed given name; null otherwise. */
  private static String feminineGiven(String w) {
    for (String ending : FEMININE) {
      if (w.endsWith(ending) && w.length() > ending.length() + 2) {
        String candidate = w.substring(0, w.length() - ending.length()) + "a";
        if (GIVEN_NAMES.contains(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * The case ending of a masculine given name: one whose removal leaves a listed given name (with the fleeting e:
   * "Marka" -> Marek), or, next to an adjectival surname in that case, one after a consonant; null otherwise.
   */
  private static String masculineEnding(String w, String adjectivalCase) {
    for (String ending : givenEndings(adjectivalCase)) {
      if (!w.endsWith(ending) || w.length() <= ending.length() + 2) {
        continue;
      }
      String stem = w.substring(0, w.length() - ending.length());
      if (GIVEN_NAMES.contains(stem) || GIVEN_NAMES.contains(masculineNominative(w, ending))
          || adjectivalCase != null && !isVowel(stem.charAt(stem.length() - 1))) {
        return ending;
      }
    }
    return null;
  }

  private static boolean isVowel(char c) {
    return "aeiouyąęó".indexOf(c) >= 0;
  }
}
