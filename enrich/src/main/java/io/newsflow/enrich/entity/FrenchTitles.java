package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.DataFile;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a French paper prints before a person's name: a courtesy title ("M. Poincaré", "Mme Curie") or a
 * title or function ("le président Wilson", "l'abbé Poulain", "M. le prince de Bismarck"). French annotation
 * conventions (Quaero, HIPE) count them in the mention; the entity's name leaves them out.
 */
final class FrenchTitles {
  /** Courtesy titles, as printed: never part of the name, and never a name alone. */
  static final Set<String> COURTESY = Set.of("M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles");

  private static final Set<String> FUNCTIONS = new HashSet<>(DataFile.lines("entity/name-titles-fr.txt"));
  private static final Set<String> ARTICLES = Set.of("le", "la", "les");
  private static final Set<String> PARTICLES = Set.of("de", "d'", "du", "des");
  /** Titles the mention may take before a name: "M. le comte de" is three, and more is a sentence. */
  private static final int MOST_TITLE_WORDS = 4;

  private FrenchTitles() {}

  static boolean isTitle(String word) {
    return COURTESY.contains(word) || FUNCTIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Where a person's mention starting at {@code nameStart} begins with the titles printed right before it (one
   * space apart each): the start of the first title, or {@code nameStart} when no title stands there. A particle
   * between title and name comes along ("général de Gaulle"); an article only after a courtesy title ("M. le
   * prince"), since "le président Wilson" is the president, and "l'abbé" is the abbé.
   */
  static int titledStart(String text, int nameStart) {
    int start = nameStart;
    int[] word = wordBefore(text, nameStart);
    if (word != null && PARTICLES.contains(lower(text, word)) && !startsWithTitle(text, nameStart)) {
      word = wordBefore(text, word[0]);
    }
    boolean titled = false;
    for (int n = 0; word != null && n < MOST_TITLE_WORDS; n++) {
      int from = word[0] + elision(text, word);
      String printed = text.substring(from, word[1]);
      if (isTitle(printed)) {
        start = from;
        titled = true;
        if (from > word[0]) {
          break;
        }
      } else if (titled && ARTICLES.contains(lower(text, word))) {
        int[] courtesy = wordBefore(text, word[0]);
        if (courtesy != null && COURTESY.contains(text.substring(courtesy[0], courtesy[1]))) {
          start = courtesy[0];
        }
        break;
      } else {
        break;
      }
      word = wordBefore(text, word[0]);
    }
    return titled ? start : nameStart;
  }

  /**
   * "M. Chéron" is Chéron, "le général de Gaulle" de Gaulle, "professeur Paul Langevin" Paul Langevin: the
   * titles, and an article with the lower-case function after it, go; a particle before the surname stays.
   */
  static String withoutTitles(String name) {
    String[] words = name.split(" ");
    int first = 0;
    while (first + 1 < words.length && isTitle(words[first])) {
      first++;
    }
    if (first < words.length && ARTICLES.contains(words[first])) {
      int k = first + 1;
      while (k + 1 < words.length && Character.isLowerCase(words[k].charAt(0)) && Character.isLowerCase(words[k + 1].charAt(0))) {
        k++;
      }
      if (k + 1 < words.length && Character.isLowerCase(words[k].charAt(0)) && !PARTICLES.contains(words[k])) {
        k++;
      }
      first = k;
    }
    return first == 0 || first >= words.length ? name : String.join(" ", Arrays.copyOfRange(words, first, words.length));
  }

  private static boolean startsWithTitle(String text, int at) {
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return isTitle(text.substring(at, end));
  }

  /** "l'abbé", "d’Orléans": the length of the elided article before the word, or 0. */
  private static int elision(String text, int[] word) {
    for (int i = word[0]; i < word[1] - 1 && i - word[0] < 2; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '’') {
        return i + 1 - word[0];
      }
    }
    return 0;
  }

  private static String lower(String text, int[] word) {
    return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
  }

  /**
   * The word printed one space before {@code at}, as {start, end}, or null when there is none: a line break, a
   * second space or a word with anything but letters, dots, hyphens and apostrophes ("(président") ends the titles.
   */
  private static int[] wordBefore(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ' || Character.isWhitespace(text.charAt(at - 2))) {
      return null;
    }
    int end = at - 1;
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
        return null;
      }
    }
    return new int[] {start, end};
  }
}
