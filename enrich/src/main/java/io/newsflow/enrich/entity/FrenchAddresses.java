package io.newsflow.enrich.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A French address puts the house number before the street ("40, rue Galande", "9. rue Louis-le-Grand"), and
 * French annotation conventions (HIPE's physical addresses) count the number in the place's mention.
 */
final class FrenchAddresses {
  private static final Set<String> STREETS = Set.of("rue", "avenue", "boulevard", "bd", "quai", "place", "impasse",
      "passage", "allée", "cours", "faubourg", "chaussée", "chemin", "route", "square", "villa", "cité");
  /** A house number ("40", "12 bis", "7ter") and its comma or dot, one space before the street. */
  private static final Pattern NUMBER_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,4}(?: ?(?:bis|ter))?[,.]? $");
  private static final int LONGEST_NUMBER = 10;

  private FrenchAddresses() {}

  /** Where a place's mention starting at {@code streetStart} begins with its house number, or {@code streetStart}. */
  static int numberedStart(String text, int streetStart) {
    int wordEnd = streetStart;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (!STREETS.contains(text.substring(streetStart, wordEnd).toLowerCase(Locale.ROOT))) {
      return streetStart;
    }
    int from = Math.max(0, streetStart - LONGEST_NUMBER);
    Matcher number = NUMBER_BEFORE.matcher(text.substring(from, streetStart));
    return number.find() ? from + number.start() : streetStart;
  }
}
