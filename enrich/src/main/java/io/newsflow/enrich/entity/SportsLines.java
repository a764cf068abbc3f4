package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Line-ups and results as sports pages print them: {@code Dreher - Jütner - Paßlack, Posch (74. Klein)},
 * {@code Werder Bremen - Leverkusen 1:1 (1:1)}, {@code 1:0 Herzberger (40.)}. Such lines have no verbs or
 * articles around their names for a tagger to learn from, so their shape decides: the names of a line-up
 * and of the scorers are people, the two sides of a result are clubs even where a club bears a town's
 * name ("Bochum"), and a side that is a country stays a place (a national team goes by its country).
 * Runs before the model's spans are placed, so a line read here is not read again.
 */
final class SportsLines {
  /** A line-up names a team's players: fewer than this is a list of another kind. */
  private static final int LINE_UP_NAMES = 6;
  /** Lower-case words inside a name ("von Ahlen", "Hearts of Midlothian"; "AS St. Etienne" has none). */
  static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "du", "le", "la", "dos", "do", "y", "of");
  /** The most words a club's name has in a result ("Club Recreativo Español Höchst"). */
  private static final int CLUB_WORDS = 6;

  private SportsLines() {}

  static void find(Recognition rules, Recognition r) {
    List<int[]> lines = lines(r);
    for (int n = 0; n < lines.size(); n++) {
      int from = lines.get(n)[0];
      int to = lines.get(n)[1];
      boolean result = results(rules, r, from, to);
      result |= individualResults(rules, r, from, to);
      scorers(rules, r, from, to);
      if (!result && lineUp(rules, r, from, to) && n > 0) {
        teamLabel(rules, r, lines.get(n - 1)[0], lines.get(n - 1)[1]);
      }
    }
    Standings.find(rules, r, lines);
  }

  /** Token ranges of the text's lines, empty lines left out. */
  static List<int[]> lines(Recognition r) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int k = 1; k <= r.tokens.size(); k++) {
      if (k == r.tokens.size() || !r.sameLine(k - 1, k)) {
        lines.add(new int[] {start, k});
        start = k;
      }
    }
    return lines;
  }

  /** "A - B 1:1": both sides of every result on the line are teams. */
  private static boolean results(Recognition rules, Recognition r, int from, int to) {
    if (!isListLike(r, from, to)) {
      return false;
    }
    boolean any = false;
    for (int s = from; s + 2 < to; s++) {
      if (!isScore(r, s)) {
        continue;
      }
      int bEnd = s;
      int dash = bEnd - 1;
      while (dash > from && !isSeparatingDash(r, dash)) {
        dash--;
      }
      if (dash <= from || bEnd - dash - 1 > CLUB_WORDS) {
        continue;
      }
      int aStart = dash;
      while (aStart > from && !isListBreak(r, aStart - 1)) {
        aStart--;
      }
      if (isTeam(r, aStart, dash) && isTeam(r, dash + 1, bEnd)
          && !CommonWords.DETERMINERS.contains(r.lower.get(aStart))) {
        addTeam(rules, r, aStart, dash);
        addTeam(rules, r, dash + 1, bEnd);
        any = true;
      }
    }
    return any;
  }

  /**
   * "Cueto (Stuttgart) - Rath (Koblenz) 6:1, 6:1", "Grabb / Reneberg (USA) - Connell / Michibata (Kanada) 7:6":
   * players with their club or country in brackets; doubles partners are parted by a slash. The players are
   * people; what the brackets hold is left to the other layers.
   */
  private static boolean individualResults(Recognition rules, Recognition r, int from, int to) {
    if (!isListLike(r, from, to)) {
      return false;
    }
    boolean any = false;
    for (int s = from + 1; s + 2 < to; s++) {
      if (!isScore(r, s) || !r.tokens.get(s - 1).text().equals(")")) {
        continue;
      }
      int bOpen = opening(r, s - 1, from);
      int dash = bOpen - 1;
      while (dash > from && !isSeparatingDash(r, dash) && !isListBreak(r, dash)) {
        dash--;
      }
      if (bOpen < 0 || dash <= from || !isSeparatingDash(r, dash) || !r.tokens.get(dash - 1).text().equals(")")) {
        continue;
      }
      int aOpen = opening(r, dash - 1, from);
      if (aOpen < 0) {
        continue;
      }
      int aStart = aOpen;
      while (aStart > from && !isListBreak(r, aStart - 1)) {
        aStart--;
      }
      List<int[]> players = players(r, aStart, aOpen);
      List<int[]> opponents = players(r, dash + 1, bOpen);
      if (players != null && opponents != null) {
        players.addAll(opponents);
        for (int[] player : players) {
          addPerson(rules, r, player[0], player[1]);
        }
        any = true;
      }
    }
    return any;
  }

  /** The "(" that the ")" at {@code close} ends, on the same line and with no bracket between; -1 if none. */
  private static int opening(Recognition r, int close, int from) {
    for (int k = close - 1; k >= from; k--) {
      String t = r.tokens.get(k).text();
      if (t.equals("(")) {
        return k;
      }
      if (t.equals(")")) {
        return -1;
      }
    }
    return -1;
  }

  /** "Grabb / Reneberg": one or two players' names, each one to three capitalised words; null for anything else. */
  private static List<int[]> players(Recognition r, int from, int to) {
    List<int[]> names = new ArrayList<>();
    int start = from;
    for (int k = from; k <= to; k++) {
      if (k == to || r.tokens.get(k).text().equals("/")) {
        if (k == start || !isPersonName(r, start, k)) {
          return null;
        }
        names.add(new int[] {start, k});
        start = k + 1;
      }
    }
    return names.size() <= 2 ? names : null;
  }

  /** "1:0 Herzberger (40.)": the name after a running score, before the minute. */
  private static void scorers(Recognition rules, Recognition r, int from, int to) {
    if (!isListLike(r, from, to)) {
      return;
    }
    for (int s = from; s + 2 < to; s++) {
      if (!isScore(r, s)) {
        continue;
      }
      int nameFrom = s + 3;
      int nameTo = nameFrom;
      while (nameTo < to && !r.tokens.get(nameTo).text().equals("(")) {
        nameTo++;
      }
      if (nameTo + 2 < to && isNumber(r.tokens.get(nameTo + 1)) && isMinuteClose(r, nameTo + 2, to)
          && isPersonName(r, nameFrom, nameTo)) {
        addPerson(rules, r, nameFrom, nameTo);
      }
    }
  }

  /**
   * "Dreher - Jütner - Paßlack, Posch (74. Klein), Kranz": names between dashes, commas and semicolons,
   * substitutes in brackets after the minute. A list of known places or organisations is no line-up.
   */
  private static boolean lineUp(Recognition rules, Recognition r, int from, int to) {
    int start = from;
    for (int k = from; k < to; k++) {
      if (r.tokens.get(k).text().equals(":")) {
        start = k + 1;
        break;
      }
    }
    List<int[]> names = new ArrayList<>();
    boolean formation = false;
    int group = start;
    for (int k = start; k <= to; k++) {
      boolean end = k == to;
      String t = end ? "" : r.tokens.get(k).text();
      if (!end && t.equals("(")) {
        int close = k + 1;
        while (close < to && !r.tokens.get(close).text().equals(")")) {
          close++;
        }
        if (close >= to) {
          return false;
        }
        int[] substitute = substitute(r, k + 1, close);
        if (substitute == null) {
          return false;
        }
        if (substitute[1] > substitute[0]) {
          names.add(substitute);
          formation = true;
        }
        if (k > group) {
          names.add(new int[] {group, k});
        }
        group = close + 1;
        k = close;
        continue;
      }
      boolean dash = !end && isSeparatingDash(r, k);
      boolean lastStop = !end && t.equals(".") && k == to - 1;
      if (end || dash || t.equals(",") || t.equals(";") || lastStop) {
        if (k > group) {
          names.add(new int[] {group, k});
        } else if (!end && !lastStop && k > start && group == k && !isClosing(r, k - 1)) {
          return false;
        }
        formation |= dash || t.equals(";");
        group = k + 1;
      }
    }
    if (!formation || names.size() < LINE_UP_NAMES) {
      return false;
    }
    int listed = 0;
    for (int[] name : names) {
      if (!isPersonName(r, name[0], name[1])) {
        return false;
      }
      Found known = rules.foundAt(r.tokens.get(name[0]).start(), r.tokens.get(name[1] - 1).end());
      if (known != null && known.entry != null && known.type != EntityType.PERSON) {
        listed++;
      }
    }
    if (listed * 2 >= names.size()) {
      return false;
    }
    for (int[] name : names) {
      addPerson(rules, r, name[0], name[1]);
    }
    if (start > from + 1) {
      teamLabel(rules, r, from, start);
    }
    return true;
  }

  /** "74. Klein" in a line-up's brackets: the substitute's name; an empty range for "46." alone; null for anything else. */
  private static int[] substitute(Recognition r, int from, int to) {
    if (from < to && isNumber(r.tokens.get(from))) {
      int name = from + 1;
      if (name < to && r.tokens.get(name).text().equals(".")) {
        name++;
      }
      if (name == to) {
        return new int[] {to, to};
      }
      return isPersonName(r, name, to) ? new int[] {name, to} : null;
    }
    return null;
  }

  /** "Uerdingen:" on the line before a line-up, or before the colon that opens it: the team. */
  private static void teamLabel(Recognition rules, Recognition r, int from, int to) {
    if (to - from >= 2 && r.tokens.get(to - 1).text().equals(":") && isTeam(r, from, to - 1)) {
      addTeam(rules, r, from, to - 1);
    }
  }

  static void addTeam(Recognition rules, Recognition r, int from, int to) {
    if (r.anyUsed(from, to)) {
      return;
    }
    Found known = rules.foundAt(r.tokens.get(from).start(), r.tokens.get(to - 1).end());
    if (known != null && (known.type == EntityType.ORGANISATION || known.entry != null && known.entry.id().startsWith("country:"))) {
      r.add(known.id, known.type, known.entry, known.name, from, to);
    } else {
      String surface = r.span(from, to);
      r.add("ORGANISATION:" + surface, EntityType.ORGANISATION, null, surface, from, to);
    }
  }

  private static void addPerson(Recognition rules, Recognition r, int from, int to) {
    if (r.anyUsed(from, to)) {
      return;
    }
    Found known = rules.foundAt(r.tokens.get(from).start(), r.tokens.get(to - 1).end());
    if (known != null && known.type == EntityType.PERSON) {
      r.add(known.id, known.type, known.entry, known.name, from, to);
    } else {
      String surface = r.span(from, to);
      r.add("PERSON:" + surface, EntityType.PERSON, null, surface, from, to);
    }
  }

  /** "(40.)" or "(40)" after the number. */
  private static boolean isMinuteClose(Recognition r, int k, int to) {
    String t = r.tokens.get(k).text();
    return t.equals(")") || t.equals(".") && k + 1 < to && r.tokens.get(k + 1).text().equals(")");
  }

  /** A line of names and figures, not a sentence: hardly a lower-case word in it. */
  static boolean isListLike(Recognition r, int from, int to) {
    int words = 0;
    int lower = 0;
    for (int k = from; k < to; k++) {
      Token t = r.tokens.get(k);
      if (t.isWord() && !Character.isDigit(t.text().charAt(0))) {
        words++;
        if (!t.isCapitalised() && !PARTICLES.contains(t.text())) {
          lower++;
        }
      }
    }
    return lower * 8 <= words;
  }

  /** "1:1" as three tokens with nothing between them. */
  static boolean isScore(Recognition r, int s) {
    Token a = r.tokens.get(s);
    Token colon = r.tokens.get(s + 1);
    Token b = r.tokens.get(s + 2);
    return isNumber(a) && colon.text().equals(":") && isNumber(b) && a.end() == colon.start() && colon.end() == b.start()
        && (s == 0 || !r.tokens.get(s - 1).text().equals(":") || r.tokens.get(s - 1).end() < a.start());
  }

  static boolean isNumber(Token t) {
    return t.text().length() <= 3 && t.isDigits();
  }

  /** A dash with space on both sides separates names; one inside a word ("Blau-Weiß") does not. */
  private static boolean isSeparatingDash(Recognition r, int k) {
    String t = r.tokens.get(k).text();
    if (!t.equals("-") && !t.equals("–")) {
      return false;
    }
    return k > 0 && k + 1 < r.tokens.size()
        && r.tokens.get(k - 1).end() < r.tokens.get(k).start() && r.tokens.get(k).end() < r.tokens.get(k + 1).start();
  }

  private static boolean isListBreak(Recognition r, int k) {
    String t = r.tokens.get(k).text();
    return t.equals(",") || t.equals(";") || t.equals(")") || t.equals(":") || isSeparatingDash(r, k);
  }

  private static boolean isClosing(Recognition r, int k) {
    return r.tokens.get(k).text().equals(")");
  }

  /** "Dreher", "von Ahlen", "K. Allofs", "Hans-Peter Briegel": one to three capitalised words. */
  static boolean isPersonName(Recognition r, int from, int to) {
    int words = 0;
    boolean capital = false;
    for (int k = from; k < to; k++) {
      Token t = r.tokens.get(k);
      if (t.isWord()) {
        if (Character.isDigit(t.text().charAt(0))) {
          return false;
        }
        if (t.isCapitalised()) {
          capital = true;
        } else if (!PARTICLES.contains(t.text())) {
          return false;
        }
        if (k == from || !r.joined(k - 1, k) || !r.tokens.get(k - 1).text().equals("-")) {
          words++;
        }
      } else if (!(t.text().equals("-") && r.joined(k - 1, k) && k + 1 < to && r.joined(k, k + 1))
          && !(t.text().equals(".") && k > from && r.tokens.get(k - 1).text().length() == 1)
          && !t.text().equals("'")) {
        return false;
      }
    }
    return capital && words >= 1 && words <= 3;
  }

  /** "Werder Bremen", "SG Wattenscheid 09", "1. FC Köln", "AS St. Etienne": a club's name in a result. */
  static boolean isTeam(Recognition r, int from, int to) {
    if (to <= from || to - from > CLUB_WORDS * 2) {
      return false;
    }
    int capitalised = 0;
    for (int k = from; k < to; k++) {
      Token t = r.tokens.get(k);
      if (t.isWord()) {
        if (t.isCapitalised()) {
          capitalised++;
        } else if (!Character.isDigit(t.text().charAt(0)) && !PARTICLES.contains(t.text())) {
          return false;
        }
      } else if (!t.text().equals(".") && !t.text().equals("-") && !t.text().equals("'") && !t.text().equals("/")) {
        return false;
      }
    }
    return capitalised >= 1 && r.tokens.get(from).isWord() && r.tokens.get(to - 1).isWord();
  }
}
