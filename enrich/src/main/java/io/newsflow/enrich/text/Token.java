package io.newsflow.enrich.text;

/** A word (letters and digits) or a single punctuation mark at [start, end) of a text. */
public record Token(String text, int start, int end) {
  public boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  public boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0));
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
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
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
