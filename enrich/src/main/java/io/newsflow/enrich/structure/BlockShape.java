package io.newsflow.enrich.structure;

/** Typographic shape of a line: what a layout editor would recognise at a glance. */
final class BlockShape {
  private static final String OPENING_QUOTES = "\"„“«‚‘»";
  private static final String CLOSING_QUOTES = "\"“”»‘’«";

  private BlockShape() {}

  static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  static char lastSignificant(String text) {
    String t = text.strip();
    return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
  }

  /** Ends like a sentence: a period, colon or ellipsis (possibly inside a closing quote). */
  static boolean endsLikeSentence(String text) {
    String t = text.strip();
    while (!t.isEmpty() && CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == ':' || c == ';' || c == ',' || c == '…';
  }

  /** A title-like line: short, no closing sentence punctuation (questions and quotes allowed). */
  static boolean headingLike(String text, int maxWords) {
    int n = words(text);
    return n >= 1 && n <= maxWords && text.length() <= 160 && !endsLikeSentence(text)
        && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.charAt(0)) || OPENING_QUOTES.indexOf(text.charAt(0)) >= 0);
  }

  /** A short label such as a section name or breadcrumb ("Politik", "Ausland | USA"). */
  static boolean labelLike(String text) {
    return words(text) <= 4 && text.length() <= 40 && !endsLikeSentence(text) && lastSignificant(text) != '?';
  }

  /** A paragraph wholly in quotation marks: the outlet sets a statement apart. */
  static boolean wholeQuote(String text) {
    String t = text.strip();
    return t.length() > 20 && OPENING_QUOTES.indexOf(t.charAt(0)) >= 0
        && CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0
        && t.substring(1, t.length() - 1).chars().noneMatch(c -> c == '"' || c == '„' || c == '“' || c == '”' || c == '«' || c == '»');
  }
}
