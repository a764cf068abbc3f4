package io.newsflow.enrich.text;

/** A word (letters and digits) or a single punctuation mark at [start, end) of a text. */
public record Token(String text, int start, int end) {
  public boolean isWord() {
    return isWordChar(text.charAt(0));
  }

  /**
   * Letters, digits and combining marks, and U+0081: some Latin-1 → UTF-8 conversions of German text put it
   * in place of {@code ü} ({@code Gr\u0081Een}), and the damaged word is still one word (as in the entity
   * model's {@code NameTokens}).
   */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\u0081' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  public boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  /** "06", "1910", "3": figures only. */
  public boolean isDigits() {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public boolean isAllCaps() {
    if (text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Tokenises without regex: this runs for every article and must stay cheap. */
  public static java.util.List<Token> split(String text) {
    java.util.List<Token> tokens = new java.util.ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '\u0081') {
        int start = i;
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), start, i));
      } else {
        tokens.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }
}
