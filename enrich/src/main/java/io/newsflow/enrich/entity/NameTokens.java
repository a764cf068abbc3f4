package io.newsflow.enrich.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the tokens the entity model is trained and run on: runs of letters and digits, and
 * every other non-space character alone, like {@link io.newsflow.enrich.text.Token#split}. Training
 * corpora are re-split the same way, so a hyphenated name ({@code Baden-Württemberg}) is three tokens
 * in training and in the newsroom alike.
 *
 * <p>One known encoding damage is repaired in the form only: in some Latin-1 → UTF-8 conversions of
 * German newspaper text every {@code ü} and the letter after it became U+0081 followed by {@code E}
 * ({@code Gr\u0081Een} for {@code Grünen}). Such a word stays one token and its form reads {@code ü}
 * for the pair, so it looks like the words the model learnt; offsets still point at the printed text.
 */
public final class NameTokens {
  private static final char DAMAGED_UMLAUT = '\u0081';

  private NameTokens() {}

  public static List<NameToken> split(String text, int from, int to) {
    List<NameToken> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isWordChar(c)) {
        int start = i;
        boolean damaged = false;
        while (i < to && isWordChar(text.charAt(i))) {
          damaged |= text.charAt(i) == DAMAGED_UMLAUT;
          i++;
        }
        String word = text.substring(start, i);
        tokens.add(new NameToken(damaged ? repaired(word) : word, start, i));
      } else {
        tokens.add(new NameToken(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  public static List<NameToken> split(String text) {
    return split(text, 0, text.length());
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == DAMAGED_UMLAUT || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static String repaired(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == DAMAGED_UMLAUT) {
        boolean upper = i == 0;
        out.append(upper ? 'Ü' : 'ü');
        if (i + 1 < word.length() && word.charAt(i + 1) == 'E') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
