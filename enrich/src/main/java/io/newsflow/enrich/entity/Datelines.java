package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.Token;
import java.util.Locale;
import java.util.Set;

/**
 * The dateline that opens a news story names the place it was filed from, in capitals: {@code ZAMBOANGA,
 * 23. August (AP).}, {@code BAD VILBEL.}, {@code THE HAGUE, Netherlands (AP) —}, {@code BRUSSELS 1996-08-22}.
 * A line that starts with capitalised words and goes on with a comma and a date or an agency marker, a date,
 * or nothing but a full stop, starts with a place, listed or not. A listed organisation in capitals
 * ({@code NATO, die …}) is not one. Runs on the document level before the model's spans are placed.
 */
final class Datelines {
  /** A dateline's place has at most this many words ("FRANKFURT A. M." counts its initials). */
  private static final int PLACE_WORDS = 4;

  private Datelines() {}

  /** The headline (the first line) holds no dateline. */
  static void find(Recognition rules, Recognition r, Set<String> agencies) {
    for (int k = 1; k < r.tokens.size(); k++) {
      if (startsLine(r, k)) {
        dateline(rules, r, k, agencies);
      }
    }
  }

  private static void dateline(Recognition rules, Recognition r, int from, Set<String> agencies) {
    int to = from;
    int words = 0;
    while (to < r.tokens.size() && words < PLACE_WORDS && isCapitalsWord(r, to) && (to == from || r.sameLine(to - 1, to))) {
      words++;
      to++;
      if (to < r.tokens.size() && r.tokens.get(to).text().equals(".") && r.tokens.get(to - 1).text().length() == 1) {
        to++;  // "A. M."
      } else if (to + 1 < r.tokens.size() && r.tokens.get(to).text().equals("-") && r.joined(to - 1, to) && r.joined(to, to + 1)) {
        to++;  // "NEU-DELHI", "MEXIKO-STADT"
      }
    }
    if (words == 0 || to >= r.tokens.size() || r.tokens.get(from).text().length() < 3 || !followedByDatelineRest(r, to, agencies)) {
      return;
    }
    int end = r.tokens.get(to - 1).text().equals(".") && r.tokens.get(to - 2).text().length() == 1 ? to : trimmedEnd(r, from, to);
    if (end <= from || r.anyUsed(from, end)) {
      return;
    }
    Found known = rules.foundAt(r.tokens.get(from).start(), r.tokens.get(end - 1).end());
    if (known != null && known.type != EntityType.PLACE) {
      return;
    }
    if (known != null && known.entry != null) {
      r.add(known.id, known.type, known.entry, known.name, from, end);
    } else {
      String name = titleCase(r.span(from, end));
      r.add("PLACE:" + name, EntityType.PLACE, null, name, from, end);
    }
  }

  private static int trimmedEnd(Recognition r, int from, int to) {
    int end = to;
    while (end > from && !r.tokens.get(end - 1).isWord()) {
      end--;
    }
    return end;
  }

  /** ", 23. August", ", Netherlands (AP)", " (Reuters)", " 1996-08-22", or "." closing the line. */
  private static boolean followedByDatelineRest(Recognition r, int k, Set<String> agencies) {
    Token next = r.tokens.get(k);
    String t = next.text();
    if (t.equals(".")) {
      return k + 1 == r.tokens.size() || startsLine(r, k + 1);
    }
    if (!r.sameLine(k - 1, k)) {
      return false;
    }
    if (t.equals("(")) {
      return agencyMarker(r, k, agencies);
    }
    if (Character.isDigit(t.charAt(0))) {
      // An ISO date, as wire copy prints it after the place.
      return t.length() == 4 && k + 1 < r.tokens.size() && r.tokens.get(k + 1).text().equals("-") && r.joined(k, k + 1);
    }
    if (!t.equals(",") || k + 1 >= r.tokens.size() || !r.sameLine(k, k + 1)) {
      return false;
    }
    Token after = r.tokens.get(k + 1);
    if (Character.isDigit(after.text().charAt(0)) || CommonWords.CALENDAR.contains(after.text())) {
      return true;
    }
    // ", Netherlands (AP)": a region, then the agency marker.
    for (int j = k + 1; j < r.tokens.size() && j <= k + 4 && r.sameLine(j - 1, j); j++) {
      if (r.tokens.get(j).text().equals("(")) {
        return j > k + 1 && agencyMarker(r, j, agencies);
      }
      if (!r.tokens.get(j).isWord() || !r.tokens.get(j).isCapitalised()) {
        return false;
      }
    }
    return false;
  }

  /** "(AP)", "(Reuter / AFP / dpa)" opening at {@code open}. */
  private static boolean agencyMarker(Recognition r, int open, Set<String> agencies) {
    boolean any = false;
    for (int j = open + 1; j < r.tokens.size() && j <= open + 8; j++) {
      String t = r.tokens.get(j).text();
      if (t.equals(")")) {
        return any;
      }
      if (!t.equals("/") && !agencies.contains(r.lower.get(j))) {
        return false;
      }
      any |= !t.equals("/");
    }
    return false;
  }

  /** "ZAMBOANGA", "BAD", "A": a word in capitals; one letter only as an initial before a full stop. */
  private static boolean isCapitalsWord(Recognition r, int k) {
    Token t = r.tokens.get(k);
    if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
      return false;
    }
    if (t.text().length() == 1) {
      return Character.isUpperCase(t.text().charAt(0)) && k + 1 < r.tokens.size() && r.tokens.get(k + 1).text().equals(".");
    }
    return t.text().equals(t.text().toUpperCase(Locale.ROOT)) && !t.text().equals(t.text().toLowerCase(Locale.ROOT));
  }

  private static String titleCase(String capitals) {
    StringBuilder out = new StringBuilder(capitals.length());
    boolean start = true;
    for (int i = 0; i < capitals.length(); i++) {
      char c = capitals.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c);
    }
    return out.toString();
  }

  private static boolean startsLine(Recognition r, int k) {
    return k > 0 && !r.sameLine(k - 1, k);
  }
}
