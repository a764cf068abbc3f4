package io.newsflow.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * The nominative of a Polish person's name as an article prints it in another case: "Halinę Ostrowską" is
 * Halina Ostrowska, "Jana Kowalskiego" Jan Kowalski, "Marka Borowskiego" Marek Borowski. The canonical name of
 * an entity is the name readers look up, so it is given in the nominative. Each word's readings come from
 * Morfologik's Polish dictionary (PoliMorf, which lists given names and surnames with their case forms); the
 * name is converted only when its words agree on one singular case and gender that gives one lemma per word.
 * A word the dictionary does not know, or two readings that give different names ("Janie": Jan's locative or
 * Jana's dative), leave the name as printed: never half converted.
 */
final class PolishNames {
  /** Morfologik's stemmers are not thread-safe; the dictionary behind them is loaded once. */
  private static final ThreadLocal<PolishStemmer> STEMMER = ThreadLocal.withInitial(PolishStemmer::new);
  /** The nominative first: a name every word of which can be a nominative stays as printed. */
  private static final List<String> CASES = List.of("nom", "gen", "acc", "dat", "inst", "loc", "voc");

  private PolishNames() {}

  static String nominative(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 3) {
      return name;
    }
    List<Map<String, String>> readings = new ArrayList<>();
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return name;
      }
      Map<String, String> byCase = readings(word);
      if (byCase.isEmpty()) {
        return name;  // unknown to the dictionary
      }
      readings.add(byCase);
    }
    Set<String> names = new HashSet<>();
    for (String grammaticalCase : CASES) {
      for (String gender : List.of("f", "m1")) {
        String key = grammaticalCase + ":" + gender;
        StringBuilder out = new StringBuilder();
        boolean all = true;
        for (Map<String, String> byCase : readings) {
          String lemma = byCase.get(key);
          if (lemma == null) {
            all = false;
            break;
          }
          out.append(out.isEmpty() ? "" : " ").append(lemma);
        }
        if (all && grammaticalCase.equals("nom")) {
          return name;  // every word reads as a nominative: the name is printed as it is looked up
        }
        if (all) {
          names.add(out.toString());
        }
      }
    }
    return names.size() == 1 ? names.iterator().next() : name;
  }

  /**
   * "Zegarek", "Lampa": a word the dictionary knows, and only as common words (every reading has a lower-case
   * lemma). "Kowalski", "Lipiec" (a town as well as July) and words it does not know are not.
   */
  static boolean isCommonWordOnly(String word) {
    boolean known = false;
    for (String form : List.of(word, word.toLowerCase(java.util.Locale.ROOT))) {
      for (WordData data : STEMMER.get().lookup(form)) {
        String lemma = data.getStem().toString();
        if (lemma.isEmpty() || Character.isUpperCase(lemma.charAt(0))) {
          return false;
        }
        known = true;
      }
    }
    return known;
  }

  /**
   * "case:gender" -> lemma for the word's singular noun readings. Two lemmas for one case and gender ("Marka":
   * Marek or Mark) give the longer one: in Polish text that is the Polish name with its fleeting e.
   */
  private static Map<String, String> readings(String word) {
    Map<String, String> byCase = new HashMap<>();
    for (WordData data : STEMMER.get().lookup(word)) {
      String lemma = data.getStem().toString();
      if (lemma.isEmpty() || !Character.isUpperCase(lemma.charAt(0))) {
        continue;
      }
      for (String tag : data.getTag().toString().split("\\+")) {
        String[] parts = tag.split(":");
        if (parts.length < 4 || !parts[0].equals("subst") || !parts[1].equals("sg")) {
          continue;
        }
        for (String grammaticalCase : parts[2].split("\\.")) {
          for (String gender : parts[3].split("\\.")) {
            String key = grammaticalCase + ":" + gender;
            byCase.merge(key, lemma, (a, b) -> b.length() > a.length() ? b : a);
          }
        }
      }
    }
    return byCase;
  }
}
