package io.newsflow.enrich.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Makes scraped text comparable: sources mix NBSP, zero-width and decomposed characters. */
public final class TextNormalizer {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2009\\u200A]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

  private TextNormalizer() {}

  /** One line of text: NFC, invisible characters removed, any run of white space one blank. */
  public static String line(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    return SPACES.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").trim();
  }

  /** Key for "is this the same line again?" comparisons (repeated titles, captions). */
  public static String foldKey(String text) {
    return line(text).replaceAll("[\"'„“”«»‚‘’]", "").toLowerCase(java.util.Locale.ROOT);
  }
}
