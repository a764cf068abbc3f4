package io.newsflow.enrich.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inflected forms of a name, generated when the gazetteer is built so that matching stays an
 * exact lookup: German genitive ("Putins", "Russlands", "Sicherheitsrates") and adjective endings
 * in multi-word names ("Europäischen Union", "Weißen Haus"); Polish case endings ("Warszawie",
 * "Krakowie", "Sejmie", "Polskę", "Kaczyńskiego").
 */
final class Inflections {
  private static final String[] GERMAN_ADJECTIVE = {"e", "en", "er", "es", "em"};
  private static final String[] POLISH_FEMININE = {"y", "i", "ie", "ę", "ą", "o", "om", "ach"};
  private static final String[] POLISH_MASCULINE = {"a", "u", "owi", "em", "ie", "iu", "y", "ów", "om", "ia", "iem"};
  /** Polish adjective endings of a two-word name's first word: Dolny Śląsk -> Dolnym Śląsku. */
  private static final String[] POLISH_MASCULINE_ADJECTIVE = {"ego", "emu", "ym"};
  private static final String[] POLISH_FEMININE_ADJECTIVE = {"ej", "ą"};
  private static final String[] POLISH_ADJECTIVAL = {"ego", "emu", "m", "im", "ej", "ą", "iej"};

  private Inflections() {}

  /** All forms of a multi-word name (tokens as words joined by single spaces), the name first. */
  static Set<String> forms(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    String[] words = name.split(" ");
    String last = words[words.length - 1];
    String head = name.substring(0, name.length() - last.length());
    if (last.length() < 3 || isAllCaps(last) || !Character.isLetter(last.charAt(last.length() - 1))) {
      return out;
    }
    List<String> lastForms = new ArrayList<>();
    lastForms.add(last);
    lastForms.add(last + "s");
    if (!last.endsWith("e") && !last.endsWith("s")) {
      lastForms.add(last + "es");
    }
    lastForms.addAll(polish(last));
    List<String> heads = new ArrayList<>();
    heads.add(head);
    if (words.length == 2 && Character.isUpperCase(words[0].charAt(0))) {
      for (String stem : germanAdjectiveStems(words[0])) {
        for (String ending : GERMAN_ADJECTIVE) {
          heads.add(stem + ending + " ");
        }
      }
    }
    if (words.length == 2 && Character.isUpperCase(words[0].charAt(0)) && words[0].length() > 3) {
      heads.addAll(polishAdjective(words[0]));
    }
    for (String h : heads) {
      for (String l : lastForms) {
        out.add(h + l);
      }
    }
    return out;
  }

  private static List<String> polishAdjective(String word) {
    List<String> out = new ArrayList<>();
    String stem = word.substring(0, word.length() - 1);
    char end = word.charAt(word.length() - 1);
    if (end == 'y' || end == 'i') {
      for (String s : POLISH_MASCULINE_ADJECTIVE) {
        out.add(stem + (end == 'i' ? "i" : "") + s + " ");
      }
    } else if (end == 'a') {
      for (String s : POLISH_FEMININE_ADJECTIVE) {
        out.add(stem + s + " ");
      }
    }
    return out;
  }

  private static List<String> germanAdjectiveStems(String word) {
    for (String ending : new String[] {"es", "er", "en", "e"}) {
      if (word.endsWith(ending) && word.length() > ending.length() + 3) {
        return List.of(word.substring(0, word.length() - ending.length()));
      }
    }
    return List.of();
  }

  private static List<String> polish(String word) {
    List<String> out = new ArrayList<>();
    char end = word.charAt(word.length() - 1);
    if (end == 'a') {
      String stem = word.substring(0, word.length() - 1);
      boolean velar = stem.endsWith("k") || stem.endsWith("g");
      for (String s : POLISH_FEMININE) {
        // Polska -> Polsce (listed as an alias), never "Polskie": after k/g, -ie is the adjective.
        if (!(velar && s.equals("ie"))) {
          out.add(stem + s);
        }
      }
    } else if (end == 'i' || end == 'y') {
      String stem = word.substring(0, word.length() - 1);
      for (String s : POLISH_ADJECTIVAL) {
        out.add(stem + (s.startsWith("e") && end == 'i' ? "i" + s : s));
      }
    } else if (end == 'o') {
      String stem = word.substring(0, word.length() - 1);
      for (String s : new String[] {"a", "u", "em", "ie"}) {
        out.add(stem + s);
      }
    } else if (word.endsWith("ce")) {
      // Katowice, Kielce: plural-only town names; genitive drops the -e (Katowic), then -ach, -om, -ami.
      String stem = word.substring(0, word.length() - 1);
      for (String s : new String[] {"", "ach", "om", "ami"}) {
        out.add(stem + s);
      }
    } else if (end == 'ń') {
      // Poznań -> Poznania, Poznaniu: the soft ń is written ni before a vowel.
      String stem = word.substring(0, word.length() - 1) + "n";
      for (String s : new String[] {"ia", "iu", "iem", "iowi"}) {
        out.add(stem + s);
      }
    } else if (Character.isLetter(end) && "aeiouyąęó".indexOf(end) < 0) {
      // Kraków -> Krakowie: the ó of the last syllable opens to o before an ending.
      int o = word.lastIndexOf('ó');
      String stem = o >= word.length() - 3 && o > 0 ? word.substring(0, o) + "o" + word.substring(o + 1) : word;
      for (String s : POLISH_MASCULINE) {
        out.add(stem + s);
      }
    }
    return out;
  }

  private static boolean isAllCaps(String word) {
    return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
