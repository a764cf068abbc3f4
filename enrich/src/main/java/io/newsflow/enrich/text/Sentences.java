package io.newsflow.enrich.text;

import java.util.Arrays;

/**
 * Sentence boundaries of an {@link ArticleText}, found once per article by one scan and then
 * looked up by binary search. A sentence ends at {@code . ! ? …} (optionally followed by a
 * closing quote mark), white space, and an opening that starts a sentence: a capital letter, an
 * opening quote or a dash. Sentences never cross a part (headline, lead, body block).
 */
public final class Sentences {
  private static final String CLOSING = "\"“”»";
  private static final String OPENING = "„\"“«–-";
  /**
   * Abbreviations that stand before a name and end in a full stop ("Dr. Müller", "St. Thomas", "M. Poincaré",
   * "ks. Popiełuszko"): no sentence ends there. An initial ("Kevin A. Boone", "J. Ch.") is one capital letter.
   */
  private static final java.util.Set<String> TITLES = java.util.Set.of(
      "Dr", "Prof", "Mr", "Mrs", "Ms", "St", "Mt", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Rev", "Hr", "Fr",
      "Mme", "Mlle", "Mgr", "Me", "Ch", "Th", "ks", "abp", "bp", "prof", "dr", "inż", "mgr", "gen", "płk", "św", "ul", "al", "pl");

  private final ArticleText articleText;
  /** Boundary i: the end mark at {@code marks[i]}, the next sentence starts at {@code starts[i]}. */
  private final int[] marks;
  private final int[] starts;
  private final int[] partStarts;

  private Sentences(ArticleText articleText, int[] marks, int[] starts, int count) {
    this.articleText = articleText;
    this.marks = Arrays.copyOf(marks, count);
    this.starts = Arrays.copyOf(starts, count);
    this.partStarts = articleText.parts().stream().mapToInt(ArticleText.Span::start).toArray();
  }

  public static Sentences of(ArticleText articleText) {
    String text = articleText.text();
    int[] marks = new int[16];
    int[] starts = new int[16];
    int count = 0;
    for (ArticleText.Span part : articleText.parts()) {
      int end = part.end();
      for (int i = part.start(); i < end; i++) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '…' || c == '.' && endsATitle(text, part.start(), i)) {
          continue;
        }
        int k = i + 1;
        if (k < end && CLOSING.indexOf(text.charAt(k)) >= 0) {
          k++;
        }
        int spaceStart = k;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k == spaceStart || k >= end) {
          continue;
        }
        char next = text.charAt(k);
        if (Character.isUpperCase(next) || OPENING.indexOf(next) >= 0) {
          if (count == marks.length) {
            marks = Arrays.copyOf(marks, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
          }
          marks[count] = i;
          starts[count] = k;
          count++;
          i = k - 1;
        }
      }
    }
    return new Sentences(articleText, marks, starts, count);
  }

  /** The word before the full stop at {@code dot} is an initial or a title. */
  private static boolean endsATitle(String text, int partStart, int dot) {
    int start = dot;
    while (start > partStart && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == dot || start > partStart && text.charAt(start - 1) != ' ' && text.charAt(start - 1) != '.'
        && text.charAt(start - 1) != '(' && text.charAt(start - 1) != '\n') {
      return false;
    }
    String word = text.substring(start, dot);
    return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || TITLES.contains(word)
        || TITLES.contains(word.toLowerCase(java.util.Locale.ROOT));  // "Ul. Długa" opening a sentence
  }

  /** Where the sentence containing {@code offset} starts. */
  public int startOf(int offset) {
    int partStart = partStarts[partIndex(offset)];
    int i = Arrays.binarySearch(starts, offset);
    int last = i >= 0 ? i : -i - 2;
    return last >= 0 ? Math.max(partStart, starts[last]) : partStart;
  }

  /**
   * Just after the end mark of the first sentence ending at or after {@code offset}, or the end of
   * the part.
   */
  public int endAfter(int offset) {
    int part = partIndex(offset);
    int partEnd = articleText.parts().get(part).end();
    int i = Arrays.binarySearch(marks, offset);
    int next = i >= 0 ? i : -i - 1;
    return next < marks.length && marks[next] < partEnd ? marks[next] + 1 : partEnd;
  }

  /** The part (headline, lead, body block) containing {@code offset}. */
  public ArticleText.Span partOf(int offset) {
    return articleText.parts().get(partIndex(offset));
  }

  private int partIndex(int offset) {
    int i = Arrays.binarySearch(partStarts, offset);
    return Math.max(0, i >= 0 ? i : -i - 2);
  }
}
