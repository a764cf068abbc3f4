package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A league table as sports pages print it: {@code 1. Coventry City 9 Punkte, 6:2 Tore, 2. Norwich 7 Pkt, 7:4 Tore, 3. …}
 * or one place per line. Each place is a rank, a club and its figures with a score among them; three or more
 * places with rising ranks make a table, and its clubs are organisations even where a club goes by its town
 * ({@code Norwich}). A ranking of athletes ({@code 1. Lewis (USA) 9,86}) has no score and is not read here.
 */
final class Standings {
  /** A table has at least this many places. */
  private static final int PLACES = 3;
  /** The most words among a place's figures ("jeweils 8:4 Tore / 6:2 Punkte"); more make it a sentence. */
  private static final int FIGURE_WORDS = 3;
  /** Words that join two clubs sharing a place ("1. FC Paris St. Germain und SC Montpellier je 8:1 Tore"). */
  private static final Set<String> SHARED_PLACE = Set.of("und", "and", "et", "en", "og", "y", "e", "i");

  private Standings() {}

  /** One place of a table: its rank, and the clubs (token ranges) holding it. */
  private record Place(int rank, List<int[]> clubs) {}

  static void find(Recognition rules, Recognition r, List<int[]> lines) {
    List<Place> table = new ArrayList<>();
    for (int[] line : lines) {
      List<Place> places = places(r, line[0], line[1]);
      boolean continues = places != null && !table.isEmpty() && places.get(0).rank() > table.get(table.size() - 1).rank()
          && startsWithRank(r, line[0]);
      if (places != null && (continues || table.isEmpty())) {
        table.addAll(places);
        continue;
      }
      add(rules, r, table);
      table.clear();
      if (places != null) {
        table.addAll(places);
      }
    }
    add(rules, r, table);
  }

  private static void add(Recognition rules, Recognition r, List<Place> table) {
    if (table.size() < PLACES) {
      return;
    }
    for (Place place : table) {
      for (int[] club : place.clubs()) {
        SportsLines.addTeam(rules, r, club[0], club[1]);
      }
    }
  }

  private static boolean startsWithRank(Recognition r, int from) {
    return isRank(r, from, from);
  }

  /** The places of a line that is all places (after a label such as "Tabellenspitze:"), null for any other line. */
  private static List<Place> places(Recognition r, int from, int to) {
    List<Integer> ranks = new ArrayList<>();
    for (int k = from; k + 2 < to; k++) {
      if (isRank(r, from, k)) {
        ranks.add(k);
      }
    }
    if (ranks.isEmpty()) {
      return null;
    }
    List<Place> places = new ArrayList<>();
    int previous = 0;
    for (int n = 0; n < ranks.size(); n++) {
      int k = ranks.get(n);
      int end = n + 1 < ranks.size() ? ranks.get(n + 1) : to;
      int rank = Integer.parseInt(r.tokens.get(k).text());
      Place place = place(r, rank, k + 2, end);
      if (place == null || rank <= previous) {
        return null;
      }
      places.add(place);
      previous = rank;
    }
    return places;
  }

  /** "3." at the line's start or after a comma, semicolon or colon. */
  private static boolean isRank(Recognition r, int lineFrom, int k) {
    if (k + 2 >= r.tokens.size() || !SportsLines.isNumber(r.tokens.get(k)) || !r.tokens.get(k + 1).text().equals(".")
        || !r.joined(k, k + 1)) {
      return false;
    }
    if (k == lineFrom) {
      return true;
    }
    String before = r.tokens.get(k - 1).text();
    return before.equals(",") || before.equals(";") || before.equals(":");
  }

  /** "Coventry City 9 Punkte, 6:2 Tore": the clubs before the first figure, and a score among the figures. */
  private static Place place(Recognition r, int rank, int from, int to) {
    List<int[]> clubs = new ArrayList<>();
    int start = from;
    int k = from;
    if (k + 2 < to && SportsLines.isNumber(r.tokens.get(k)) && r.tokens.get(k + 1).text().equals(".")
        && r.tokens.get(k + 2).isCapitalised()) {
      k += 2;  // "5. 1. FC Nürnberg": the number is the club's
    }
    for (; k < to; k++) {
      Token t = r.tokens.get(k);
      if (isClubNumber(r, k, to)) {
        continue;
      }
      if (isFigure(t)) {
        break;
      }
      boolean lower = t.isWord() && !t.isCapitalised();
      if (lower && k + 1 < to && isFigure(r.tokens.get(k + 1))) {
        break;  // "je 8:1 Tore", "jeweils 8:4": a word that leads the figures
      } else if (SHARED_PLACE.contains(t.text()) && k + 1 < to && r.tokens.get(k + 1).isCapitalised()) {
        clubs.add(new int[] {start, k});
        start = k + 1;
      } else if (lower && !SportsLines.PARTICLES.contains(t.text())) {
        return null;
      } else if (t.text().equals(",") || t.text().equals("(")) {
        break;
      }
    }
    int nameEnd = k;
    while (nameEnd > start && !r.tokens.get(nameEnd - 1).isWord()) {
      nameEnd--;
    }
    clubs.add(new int[] {start, nameEnd});
    for (int[] club : clubs) {
      if (!SportsLines.isTeam(r, club[0], club[1])) {
        return null;
      }
    }
    boolean figures = k < to && (isFigure(r.tokens.get(k)) || k + 1 < to && isFigure(r.tokens.get(k + 1)));
    boolean score = false;
    int words = 0;
    for (int s = k; s < to; s++) {
      score |= s + 2 < to && SportsLines.isScore(r, s);
      words += r.tokens.get(s).isWord() && !isFigure(r.tokens.get(s)) ? 1 : 0;
    }
    return figures && score && words <= FIGURE_WORDS ? new Place(rank, clubs) : null;
  }

  private static boolean isFigure(Token t) {
    return Character.isDigit(t.text().charAt(0));
  }

  /** "Schalke 04", "SG Wattenscheid 09": a two-digit number with a leading zero is part of a club's name. */
  private static boolean isClubNumber(Recognition r, int k, int to) {
    String t = r.tokens.get(k).text();
    return t.length() == 2 && t.charAt(0) == '0' && Character.isDigit(t.charAt(1)) && k + 1 < to
        && Character.isDigit(r.tokens.get(k + 1).text().charAt(0));
  }
}
