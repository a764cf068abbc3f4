package io.newsflow.enrich.structure;

import io.newsflow.enrich.text.DataFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.newsflow.enrich.text.TextNormalizer;

/**
 * Recognises lines that belong to the page, not the story: ads, share and newsletter prompts,
 * recommendation trailers. Phrases live in per-language data files so editors can extend them.
 */
public final class Boilerplate {
  static final List<String> LANGUAGES = List.of("de", "en", "pl", "fr", "es", "it", "pt", "nl");
  private static final String TRAILING_MARKS = ":.…»>›→|-";

  /** What to do with a line. */
  public enum Verdict {
    KEEP,
    DROP,
    /** A recommendation marker standing alone: the teaser lines after it go too. */
    DROP_WITH_TEASERS,
    /** A consent notice: the rest of its paragraph (the buttons under it) goes too. */
    DROP_PARAGRAPH
  }

  private final Set<String> wholeLines = new HashSet<>();
  private final List<String> prefixes = new ArrayList<>();
  private final List<String> trailers = new ArrayList<>();
  private final List<String> bylines = new ArrayList<>();
  private final List<String> consents = new ArrayList<>();
  private final List<String> stamps = new ArrayList<>();

  public Boilerplate() {
    for (String language : LANGUAGES) {
      for (String line : DataFile.lines("structure/boilerplate-" + language + ".txt")) {
        int tab = line.indexOf('\t');
        String kind = line.substring(0, tab);
        if (tab < 0) {
          throw new IllegalStateException("boilerplate-" + language + ".txt: expected KIND<TAB>PHRASE, got '" + line + "'");
        }
        String phrase = fold(line.substring(tab + 1));
        switch (kind) {
          case "line" -> wholeLines.add(phrase);
          case "prefix" -> prefixes.add(phrase);
          case "trailer" -> trailers.add(phrase);
          case "byline" -> bylines.add(phrase);
          case "consent" -> consents.add(phrase);
          case "stamp" -> stamps.add(phrase);
          default -> throw new IllegalStateException("unknown boilerplate kind '" + kind + "' in boilerplate-" + language + ".txt");
        }
      }
    }
  }

  public Verdict judge(String line) {
    if (line.length() <= LineShape.MAX_CHARS && (LineShape.copyright(line) || LineShape.timestamp(line)
        || LineShape.readingTime(line) || LineShape.shareButtons(line) || LineShape.fieldRow(line))) {
      return Verdict.DROP;
    }
    String folded = fold(line);
    String bare = withoutTrailingMarks(folded);
    if (wholeLines.contains(bare)) {
      return Verdict.DROP;
    }
    for (String trailer : trailers) {
      if (bare.equals(trailer)) {
        return Verdict.DROP_WITH_TEASERS;
      }
      if (folded.startsWith(trailer) && folded.length() > trailer.length()) {
        char next = folded.charAt(trailer.length());
        if (next == ':' || next == '|' || folded.startsWith(" -", trailer.length()) || folded.startsWith(" –", trailer.length())) {
          return Verdict.DROP;
        }
      }
    }
    for (String consent : consents) {
      if (folded.startsWith(consent)) {
        return Verdict.DROP_PARAGRAPH;
      }
    }
    for (String stamp : stamps) {
      if (folded.startsWith(stamp) && isStamp(folded, stamp.length())) {
        return Verdict.DROP;
      }
    }
    for (String prefix : prefixes) {
      if (folded.startsWith(prefix)) {
        return Verdict.DROP;
      }
    }
    for (String byline : bylines) {
      if (folded.startsWith(byline) && isByline(TextNormalizer.line(line), byline.length())) {
        return Verdict.DROP;
      }
    }
    return Verdict.KEEP;
  }

  /**
   * "Von Anna Müller", "By JANE DOE Associated Press": after the byline word only names
   * (capitalised or upper-case words, "and"/"und" between them), at most eight words, no sentence
   * punctuation. A sentence or subheading that happens to start with "Von"/"By" has a lower-case word.
   */
  private static boolean isByline(String line, int wordEnd) {
    if (line.length() <= wordEnd || line.charAt(wordEnd) != ' ') {
      return false;
    }
    String[] words = line.substring(wordEnd).strip().split("[\\s,]+");
    if (words.length == 0 || words.length > 8 || !Character.isUpperCase(words[0].charAt(0))) {
      return false;
    }
    for (String word : words) {
      boolean connector = word.equals("and") || word.equals("und") || word.equals("i") || word.equals("et");
      if (!connector && (!Character.isUpperCase(word.charAt(0)) || word.matches(".*[.!?:;\\d].*") && !word.matches("\\p{Lu}\\."))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Stand: 25.11.2026, 14:30 Uhr", "Lesedauer: 3 Min.": the word, a colon, then a short value with
   * a number. "Stand: Die Verhandlungen laufen" is a sentence and stays.
   */
  private static boolean isStamp(String folded, int wordEnd) {
    if (folded.length() <= wordEnd + 1 || folded.charAt(wordEnd) != ':') {
      return false;
    }
    String value = folded.substring(wordEnd + 1).strip();
    return !value.isEmpty() && Character.isDigit(value.charAt(0)) && value.split("\\s+").length <= 6;
  }

  /** "Mehr zum Thema:", "Read more »": the marks after a phrase do not change what it is. */
  private static String withoutTrailingMarks(String folded) {
    int end = folded.length();
    while (end > 0 && (TRAILING_MARKS.indexOf(folded.charAt(end - 1)) >= 0 || Character.isWhitespace(folded.charAt(end - 1)))) {
      end--;
    }
    return folded.substring(0, end);
  }

  private static String fold(String s) {
    return TextNormalizer.line(s).toLowerCase(Locale.ROOT);
  }
}
