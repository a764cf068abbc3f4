package io.newsflow.enrich.structure;

import io.newsflow.enrich.UnreadableArticleException;
import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.credit.CreditLineParser;
import io.newsflow.enrich.structure.Piece.Hint;
import io.newsflow.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article scraped or exported as plain text: blank lines separate paragraphs, a picture
 * shows up as its caption line directly followed by a credit line. Thread-safe.
 */
public final class PlainTextReader {
  private static final int MAX_CAPTION_CHARS = 300;

  private final CreditLineParser credits;
  private final StructureAssembler assembler;

  public PlainTextReader(CreditLineParser credits, StructureAssembler assembler) {
    this.credits = credits;
    this.assembler = assembler;
  }

  public ArticleStructure read(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new UnreadableArticleException("the article text is empty");
    }
    List<Piece> pieces = new ArrayList<>();
    List<Credit> images = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    int group = 0;
    boolean previousBlank = true;
    for (String rawLine : lines(raw)) {
      String line = TextNormalizer.line(rawLine);
      if (line.isEmpty()) {
        previousBlank = true;
        continue;
      }
      if (previousBlank) {
        group++;
      }
      previousBlank = false;
      Piece previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
      boolean underCaption = previous != null && previous.group() == group && previous.text().length() <= MAX_CAPTION_CHARS;
      Optional<Credit> credit = credits.parseLine(line, underCaption);
      if (credit.isPresent()) {
        String caption = null;
        if (underCaption) {
          // The caption is the line the credit sits under; it describes the picture, not the story.
          caption = previous.text();
          pieces.remove(pieces.size() - 1);
          captions.add(caption);
        }
        images.add(credit.get().withCaption(caption));
        continue;
      }
      Optional<Credit> wireCaption = previousBlank(pieces, group) ? credits.parseWireCaption(line) : Optional.empty();
      if (wireCaption.isPresent()) {
        captions.add(wireCaption.get().caption());
        images.add(wireCaption.get());
        continue;
      }
      pieces.add(new Piece(line, group, Hint.NONE));
    }
    if (pieces.isEmpty()) {
      // Only credit-shaped lines: they are all the text there is, so they are the article.
      int g = 0;
      for (String rawLine : lines(raw)) {
        String line = TextNormalizer.line(rawLine);
        if (!line.isEmpty()) {
          pieces.add(new Piece(line, ++g, Hint.NONE));
        }
      }
    }
    return assembler.assemble(pieces, images, captions);
  }

  /** The line opens its paragraph: a wire caption stands alone, its credit in parentheses at the end. */
  private static boolean previousBlank(List<Piece> pieces, int group) {
    return pieces.isEmpty() || pieces.get(pieces.size() - 1).group() != group;
  }

  /** Lines split at \n, \r\n, \r and the Unicode line and paragraph separators. */
  static List<String> lines(String raw) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.add(raw.substring(start, i));
        if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(raw.substring(start));
    }
    return out;
  }
}
