package io.newsflow.ingest.intake;

import java.lang.Character.UnicodeScript;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Whether a text has words at all: a body of control characters, digits and punctuation, or of
 * single letters on their own ("x" fifty thousand times), is not an article.
 *
 * <p>A word is a run of at least two letters of any script (combining marks may sit inside it, as in
 * Devanagari or decomposed accents), or a single letter of a script written without spaces between
 * words (Han, kana, Hangul, Thai and their neighbours), where one character can be a whole word.
 * For HTML only the text a reader would see counts, not tag names or attributes.
 */
public final class Wording {
  private static final Set<UnicodeScript> UNSPACED_SCRIPTS = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
      UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER,
      UnicodeScript.MYANMAR, UnicodeScript.TIBETAN, UnicodeScript.YI);

  private Wording() {}

  public static boolean hasWords(String text, boolean html) {
    return html ? htmlHasWord(text) : hasWord(text);
  }

  /**
   * Markup holds letters (tag names) even when a reader sees none, so HTML is judged by its text
   * nodes (script and style content are data, not text). jsoup's stream parser hands over elements
   * as they close, so a real page stops parsing at its first words (the title, usually) instead of
   * building the whole tree: ingest pays microseconds, not the milliseconds of a full parse. Before that,
   * {@link HtmlWordScan} settles most real pages at their title without the parser.
   */
  private static boolean htmlHasWord(String html) {
    if (HtmlWordScan.certainlyHasWord(html)) {
      return true;
    }
    return parsedHasWord(html);
  }

  /** jsoup's answer alone; package-private so the quick scan can be tested against it. */
  static boolean parsedHasWord(String html) {
    try (StreamParser stream = new StreamParser(Parser.htmlParser()).parse(html, "")) {
      return stream.stream().anyMatch(element -> hasWord(element.ownText()));
    }
  }

  static boolean hasWord(String text) {
    return hasWord(text, 0, text.length());
  }

  /** {@link #hasWord(String)} for the characters from {@code from} to {@code to}. */
  static boolean hasWord(String text, int from, int to) {
    int run = 0;
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        if (++run >= 2 || UNSPACED_SCRIPTS.contains(UnicodeScript.of(c))) {
          return true;
        }
      } else if (run > 0 && isMark(c)) {
        continue;
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
