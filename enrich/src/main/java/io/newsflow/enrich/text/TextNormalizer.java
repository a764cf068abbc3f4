package io.newsflow.enrich.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes scraped text comparable: sources mix NBSP, zero-width and decomposed characters. Runs on
 * every line of every article, so it is a single scan without regex and returns its input when
 * there is nothing to change.
 */
public final class TextNormalizer {
  private static final String QUOTE_MARKS = "\"'„“”«»‚‘’";

  private TextNormalizer() {}

  /** One line of text: NFC, invisible characters removed, any run of white space one blank. */
  public static String line(String text) {
    if (text == null) {
      return "";
    }
    String nfc = isSurelyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    int n = nfc.length();
    StringBuilder out = null;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = nfc.charAt(i);
      if (out == null && c > ' ' && c < '\u007F') {
        continue;
      }
      boolean drop = isInvisible(c);
      boolean space = !drop && isSpace(c);
      if (out == null) {
        boolean clean = !drop && (!space || c == ' ' && i > 0 && i + 1 < n && !isSpace(nfc.charAt(i + 1))
            && !isInvisible(nfc.charAt(i + 1)) && !isSpace(nfc.charAt(i - 1)));
        if (clean) {
          continue;
        }
        out = new StringBuilder(n);
        out.append(nfc, 0, i);
      }
      if (drop) {
        continue;
      }
      if (space) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out == null ? nfc : out.toString();
  }

  /** Key for "is this the same line again?" comparisons (repeated titles, captions). */
  public static String foldKey(String text) {
    String line = line(text);
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (QUOTE_MARKS.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** White space as Java's regex \s plus the no-break and thin spaces scrapers leave in. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u200A';
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /**
   * Latin letters below the combining marks (U+0300), general punctuation (dashes, typographic
   * quotes, ellipsis) and currency signs are never changed by NFC; most news text is made of
   * nothing else, so the costlier full check is only needed for the rest.
   */
  private static boolean isSurelyNfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && !(c >= '\u2010' && c <= '\u206F') && !(c >= '\u20A0' && c <= '\u20CF')) {
        return false;
      }
    }
    return true;
  }
}
