package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.CommonWords.CALENDAR;
import static io.newsflow.enrich.entity.OrganisationNames.NAME_CONNECTORS;

import io.newsflow.enrich.text.Token;
import java.util.Set;

/**
 * Organisations no list knows, named by their head noun: "Environmental Protection Agency",
 * "Federal Reserve Board", "Bundeskartellamt", "Landgericht München". The head nouns are common
 * nouns too ("the Court said", "Party members", "Board Vote" in a headline), so the name needs
 * words of its own before the head and is never read from a title-case line. Runs with the
 * institution names, before the gazetteer, so a known name inside ("Federal Reserve") stays part
 * of the longer one; full names the gazetteer knows keep their entry.
 */
final class HeadNounNames {
  /** Capitalised at the start of a sentence, but never the first word of an organisation's name. */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your", "every", "each",
      "both", "all", "some", "any", "no", "many", "most", "several", "other", "another", "such", "former", "when", "while",
      "after", "before", "since", "until", "as", "if", "but", "and", "or", "so", "yet", "then", "now", "yesterday", "today",
      "tomorrow", "last", "next", "in", "on", "at", "for", "from", "by", "with", "without", "under", "over", "of", "to", "into",
      "during", "why", "how", "what", "where", "who", "which", "whose", "it", "he", "she", "we", "they", "i", "you", "there",
      "here", "also", "however", "meanwhile");
  /** German public bodies carry the federal or state level in their name ("Bundes|kartell|amt"). */
  private static final Set<String> GERMAN_LEVELS = Set.of("bundes", "landes");
  /** Up to three words of the name before its head: "Environmental Protection Agency". */
  private static final int MAX_NAME_WORDS = 3;

  private final Gazetteer gazetteer;
  private final PersonCues cues;
  private final OrganisationCues organisationCues;

  HeadNounNames(Gazetteer gazetteer, PersonCues cues, OrganisationCues organisationCues) {
    this.gazetteer = gazetteer;
    this.cues = cues;
    this.organisationCues = organisationCues;
  }

  void find(Recognition r) {
    boolean[] titleCase = titleCaseLines(r);
    for (int i = 0; i < r.tokens.size(); i++) {
      Token t = r.tokens.get(i);
      if (r.used[i] || !t.isWord() || !t.isCapitalised() || titleCase[i]) {
        continue;
      }
      int end = "de".equals(r.language) ? germanAuthority(r, i) : wordsBeforeHead(r, i);
      if (end > 0) {
        i = end - 1;
      }
    }
  }

  /** "Environmental Protection Agency": capitalised words of a name, then the head noun. */
  private int wordsBeforeHead(Recognition r, int i) {
    String first = r.tokens.get(i).text();
    if (OPENERS.contains(r.lower.get(i)) || CALENDAR.contains(first) || cues.isRole(first) || r.tokens.get(i).isAllCaps()
        || organisationCues.isHeadNoun(r.language, r.lower.get(i))) {
      return -1;
    }
    if (continuesNameBefore(r, i)) {
      return -1;
    }
    int head = i + 1;
    while (head < r.tokens.size() && head - i <= MAX_NAME_WORDS && !r.used[head] && r.tokens.get(head).isWord()
        && r.tokens.get(head).isCapitalised() && r.adjacentWords(head - 1, head)) {
      if (organisationCues.isHeadNoun(r.language, r.lower.get(head))) {
        return r.addOrganisation(gazetteer, r.span(i, head + 1), i, head + 1);
      }
      head++;
    }
    return -1;
  }

  /**
   * "Securities and Exchange Commission": the words before the head continue a longer name to the
   * left, which the gazetteer or the acronym layer names; "Exchange Commission" alone is no entity.
   */
  private boolean continuesNameBefore(Recognition r, int i) {
    if (i >= 2 && NAME_CONNECTORS.contains(r.lower.get(i - 1)) && r.tokens.get(i - 2).isCapitalised()) {
      return true;
    }
    for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
      Gazetteer.Match known = gazetteer.longestAt(r.tokens, r.lower, j);
      if (known != null && known.to() > i) {
        return true;
      }
    }
    return false;
  }

  /** "Bundeskartellamt(s)", "Landeskriminalamt", "Landgericht München", "Finanzamt Köln". */
  private int germanAuthority(Recognition r, int i) {
    Token t = r.tokens.get(i);
    String word = r.lower.get(i);
    String nominative = germanNominative(r.language, word);
    if (t.isAllCaps() || nominative == null || i + 1 < r.tokens.size() && r.tokens.get(i + 1).text().equals("-")
        && r.tokens.get(i + 1).start() == t.end()) {
      return -1;
    }
    String ending = organisationCues.authorityEnding(r.language, nominative);
    String printed = t.text().substring(0, nominative.length());
    String level = GERMAN_LEVELS.stream().filter(nominative::startsWith).findFirst().orElse(null);
    if (level != null && nominative.length() - level.length() - ending.length() >= 3) {
      return r.addOrganisation(gazetteer, printed, i, i + 1);
    }
    if (nominative.length() < ending.length() + 3 || i + 1 >= r.tokens.size() || !r.adjacentWords(i, i + 1)
        || i > 0 && (r.lower.get(i - 1).equals("ein") || r.lower.get(i - 1).equals("einem") || r.lower.get(i - 1).equals("eines"))) {
      return -1;
    }
    Gazetteer.Match place = gazetteer.longestAt(r.tokens, r.lower, i + 1);
    if (place == null || place.entry().type() != EntityType.PLACE || r.anyUsed(i + 1, place.to())) {
      return -1;
    }
    return r.addOrganisation(gazetteer, printed + r.text.substring(t.end(), r.tokens.get(place.to() - 1).end()), i, place.to());
  }

  /** The word without a genitive ending ("bundeskartellamts" -> "bundeskartellamt") if it ends like an authority. */
  private String germanNominative(String language, String word) {
    for (String candidate : new String[] {word, strip(word, "es"), strip(word, "s")}) {
      if (candidate != null && organisationCues.authorityEnding(language, candidate) != null) {
        return candidate;
      }
    }
    return null;
  }

  private static String strip(String word, String suffix) {
    return word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) : null;
  }

  /** Headlines capitalise every word ("Tech Giant Faces Court Battle"); there capitals name nothing. */
  /**
   * Per token, whether it stands in a title-case line (at least three words of four letters or more, three in four
   * capitalised): a headline or heading, where capitals say nothing about names. One pass over the lines, because
   * rescanning a token's line for each of its words was quadratic in the paragraph's length.
   */
  private static boolean[] titleCaseLines(Recognition r) {
    int n = r.tokens.size();
    boolean[] out = new boolean[n];
    int k = 0;
    while (k < n) {
      int start = r.tokens.get(k).start();
      if (start < r.text.length() && r.text.charAt(start) == '\n') {
        k++;
        continue;
      }
      int lineEnd = r.text.indexOf('\n', start);
      if (lineEnd < 0) {
        lineEnd = r.text.length();
      }
      int words = 0;
      int capitalised = 0;
      int to = k;
      for (; to < n && r.tokens.get(to).start() < lineEnd; to++) {
        Token w = r.tokens.get(to);
        if (w.isWord() && w.text().length() > 3) {
          words++;
          if (w.isCapitalised()) {
            capitalised++;
          }
        }
      }
      boolean titleCase = words >= 3 && capitalised * 4 >= words * 3;
      for (int j = k; j < to; j++) {
        out[j] = titleCase;
      }
      k = Math.max(to, k + 1);
    }
    return out;
  }

}
