package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.CommonWords.CALENDAR;

import io.newsflow.enrich.text.DataFile;
import io.newsflow.enrich.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * German sports clubs of small towns, named by their club abbreviation and town: "SV Reichelsheim", "TuS
 * Rockenberg", "SG 01 Höchst", "SV Germania Ockstadt", "VfR Ilbenstadt". No list holds every village, and the
 * model reads these as places (the town is most of the name); the abbreviation, written in its registered casing,
 * makes the whole an organisation. Clubs of listed towns are the institutions layer's ("SV Darmstadt").
 */
final class GermanClubNames {
  /** Up to three words after the abbreviation ("SV Philippseck Fauerbach", "SV 06 Bad Nauheim"). */
  private static final int MAX_NAME_WORDS = 3;
  /** Articles before a club named by its abbreviation alone ("der VfB", "den VfL"). */
  private static final Set<String> BARE_AFTER = Set.of("der", "den", "dem", "des");
  /** German pronouns and adjectives in -er that stand before a noun as a town's adjective would ("Dieser SC"). */
  private static final Set<String> NOT_TOWNS = Set.of("dieser", "jener", "jeder", "unser", "euer", "ihrer", "seiner", "meiner",
      "deiner", "keiner", "welcher", "solcher", "mancher", "aller", "anderer", "neuer", "ehemaliger", "früherer");

  private final Set<String> abbreviations = new HashSet<>(DataFile.lines("entity/club-abbreviations-de.txt"));
  private final Gazetteer gazetteer;
  private final PersonCues cues;

  GermanClubNames(Gazetteer gazetteer, PersonCues cues) {
    this.gazetteer = gazetteer;
    this.cues = cues;
  }

  void find(Recognition r) {
    if (!"de".equals(r.language)) {
      return;
    }
    for (int i = 0; i + 1 < r.tokens.size(); i++) {
      if (r.used[i] || !abbreviations.contains(r.tokens.get(i).text()) || isInsideWord(r, i)) {
        continue;
      }
      int from = i;
      int end = nameEnd(r, i);
      if (end < 0 && isTownAdjective(r, i - 1)) {
        from = i - 1;  // "Karlsruher SC", "Hamburger SV": the town's adjective before the abbreviation
        end = i + 1;
      } else if (end < 0 && i > 0 && BARE_AFTER.contains(r.lower.get(i - 1)) && !r.tokens.get(i).text().equals("TV")
          && r.adjacentWords(i - 1, i)) {
        end = i + 1;  // "der VfB", "den VfL": the club the article has named; "im TV" is television
      }
      if (end > 0 && r.addOrganisation(gazetteer, r.span(from, end), from, end) > 0) {
        r.sureMentionStarts.add(r.tokens.get(from).start());
        i = end - 1;
      }
    }
  }

  /** "TV-Sender", "Ex-SV": the abbreviation is part of a longer word; "(TV Kahl)" is not. */
  private static boolean isInsideWord(Recognition r, int i) {
    boolean joinedBefore = i > 0 && r.joined(i - 1, i) && (r.tokens.get(i - 1).isWord() || r.tokens.get(i - 1).text().equals("-"));
    return joinedBefore || r.joined(i, i + 1) && r.tokens.get(i + 1).text().equals("-");
  }

  /** "Karlsruher", "Kieler": a capitalised word in -er of six letters or more, not a determiner or pronoun ("Dieser"). */
  private boolean isTownAdjective(Recognition r, int k) {
    if (k < 0 || r.used[k] || !r.tokens.get(k).isWord() || !r.tokens.get(k).isCapitalised() || !r.adjacentWords(k, k + 1)) {
      return false;
    }
    String word = r.tokens.get(k).text();
    return word.length() >= 6 && word.endsWith("er") && !CommonWords.DETERMINERS.contains(r.lower.get(k))
        && !NOT_TOWNS.contains(r.lower.get(k))
        && !cues.isRole(word) && !cues.isGivenName(word) && !r.tokens.get(k).isAllCaps();
  }

  /** The token after the club's name, or -1: an optional founding year, then capitalised words, hyphens inside. */
  private int nameEnd(Recognition r, int abbreviation) {
    int k = abbreviation + 1;
    if (isYear(r.tokens.get(k)) && r.adjacentWords(abbreviation, k) && k + 1 < r.tokens.size()) {
      k++;
    }
    int words = 0;
    while (k < r.tokens.size() && words < MAX_NAME_WORDS + 1) {
      Token t = r.tokens.get(k);
      if (r.used[k] || !t.isWord() || !t.isCapitalised() || !r.adjacentWords(k - 1, k) || CALENDAR.contains(t.text())
          || cues.isRole(t.text()) || t.isAllCaps() && abbreviations.contains(t.text())) {
        break;
      }
      words++;
      k++;
      // "Nieder-Weisel", "Groß-Karben": a hyphen compound is one word of the name.
      while (k + 1 < r.tokens.size() && r.tokens.get(k).text().equals("-") && r.joined(k - 1, k) && r.joined(k, k + 1)
          && r.tokens.get(k + 1).isWord()) {
        k += 2;
      }
    }
    if (words < 1 || words > MAX_NAME_WORDS) {
      return -1;
    }
    // "SG Wattenscheid 09": the year after the town, but not a score ("SV Reichelsheim 10:2").
    boolean yearAfter = k < r.tokens.size() && r.tokens.get(k).text().length() == 2 && isYear(r.tokens.get(k))
        && r.adjacentWords(k - 1, k) && (k + 1 >= r.tokens.size() || !r.joined(k, k + 1));
    return yearAfter ? k + 1 : k;
  }

  /** "01", "06", "1910": two or four figures. */
  private static boolean isYear(Token t) {
    return (t.text().length() == 2 || t.text().length() == 4) && t.isDigits();
  }
}
