package io.newsflow.enrich.structure;

import io.newsflow.enrich.UnreadableArticleException;
import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.structure.Piece.Hint;
import io.newsflow.enrich.text.DataFile;
import io.newsflow.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives each piece of an article its role: section label, headline, lead, body block. Works the
 * same for plain text (no hints, layout conventions only) and HTML (hints from the markup).
 * Immutable and thread-safe.
 */
public final class StructureAssembler {
  private static final int MAX_HEADLINE_WORDS = 30;
  private static final int MAX_SUBHEADING_WORDS = 14;

  private final Boilerplate boilerplate;
  private final Set<String> sectionWords = new HashSet<>();

  public StructureAssembler(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
    for (String word : DataFile.lines("structure/sections.txt")) {
      sectionWords.add(word.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * @param pieces the article's lines in reading order, credits and captions already taken out
   * @param captions caption texts seen in the article; a title repeated as caption confirms it
   */
  public ArticleStructure assemble(List<Piece> pieces, List<Credit> images, List<String> captions) {
    if (pieces.isEmpty()) {
      throw new UnreadableArticleException("the article has no text lines");
    }
    List<Piece> kept = dropBoilerplate(pieces);
    if (kept.isEmpty()) {
      // Every line looks like furniture (a bare "Anzeige" page, a share bar): publish what is
      // there rather than lose the article; an editor can judge it, a dropped record is gone.
      kept = pieces;
    }
    int index = 0;
    String section = null;
    String headline;
    int hinted = indexOfHint(kept, Hint.HEADLINE);
    if (hinted >= 0) {
      headline = kept.get(hinted).text();
      int sectionAt = indexOfHint(kept, Hint.SECTION);
      if (sectionAt < 0 && hinted >= 1 && BlockShape.labelLike(kept.get(hinted - 1).text())) {
        sectionAt = hinted - 1;
      }
      if (sectionAt >= 0) {
        section = kept.get(sectionAt).text();
      }
      // Whatever the page printed above the headline, other than the section, is page chrome.
      List<Piece> after = new ArrayList<>();
      for (int i = hinted + 1; i < kept.size(); i++) {
        if (i != sectionAt) {
          after.add(kept.get(i));
        }
      }
      kept = after;
      index = 0;
    } else {
      Piece first = kept.get(0);
      String[] glued = unglue(first.text(), kept, captions);
      if (glued != null) {
        section = glued[0];
        headline = glued[1];
        index = 1;
      } else if (kept.size() > 2 && BlockShape.labelLike(first.text())
          && BlockShape.headingLike(kept.get(1).text(), MAX_HEADLINE_WORDS)) {
        section = first.text();
        headline = kept.get(1).text();
        index = 2;
      } else {
        headline = first.text();
        index = 1;
      }
    }
    String headlineKey = TextNormalizer.foldKey(headline);
    List<Piece> rest = new ArrayList<>();
    for (Piece p : kept.subList(index, kept.size())) {
      if (!TextNormalizer.foldKey(p.text()).equals(headlineKey)) {
        rest.add(p);
      }
    }
    String lead = null;
    int leadAt = indexOfHint(rest, Hint.LEAD);
    if (leadAt >= 0) {
      lead = rest.get(leadAt).text();
      rest.remove(leadAt);
    } else if (!rest.isEmpty() && (rest.get(0).hint() == Hint.NONE || rest.get(0).hint() == Hint.PARAGRAPH)) {
      List<Piece> group = groupAt(rest, 0);
      String text = join(group);
      if (!BlockShape.headingLike(text, MAX_SUBHEADING_WORDS) && BlockShape.words(text) >= 6) {
        lead = text;
        rest = rest.subList(group.size(), rest.size());
      }
    }
    return new ArticleStructure(section, headline, lead, blocks(rest), images);
  }

  private List<Piece> dropBoilerplate(List<Piece> pieces) {
    List<Piece> kept = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      Piece p = pieces.get(i);
      Boilerplate.Verdict verdict = boilerplate.judge(p.text());
      if (verdict == Boilerplate.Verdict.KEEP) {
        kept.add(p);
        i++;
        continue;
      }
      i++;
      if (verdict == Boilerplate.Verdict.DROP_PARAGRAPH) {
        // The consent buttons ("Zustimmen", "Einstellungen") printed under the notice.
        while (i < pieces.size() && pieces.get(i).group() == p.group() && BlockShape.words(pieces.get(i).text()) <= 5) {
          i++;
        }
      }
      if (verdict == Boilerplate.Verdict.DROP_WITH_TEASERS) {
        while (i < pieces.size() && pieces.get(i).group() == p.group()) {
          i++;
        }
        // Teaser headlines follow the marker; a heading-shaped line that leads into a real
        // paragraph is the story's next subheading and stays.
        while (i < pieces.size() && isTeaser(pieces, i)) {
          i += groupAt(pieces, i).size();
        }
      }
    }
    return kept;
  }

  private static boolean isTeaser(List<Piece> pieces, int i) {
    List<Piece> group = groupAt(pieces, i);
    if (group.size() != 1 || !BlockShape.headingLike(group.get(0).text(), 20)) {
      return false;
    }
    int next = i + 1;
    return next >= pieces.size() || BlockShape.headingLike(pieces.get(next).text(), 20);
  }

  /**
   * Scrapers often lose the space between breadcrumb and title ("NachrichtenLukaschenko ..."). The
   * title repeated further down, or a known section word before a lower-to-upper case break,
   * shows where to cut.
   */
  private String[] unglue(String first, List<Piece> pieces, List<String> captions) {
    List<String> later = new ArrayList<>();
    for (int i = 1; i < Math.min(pieces.size(), 6); i++) {
      later.add(pieces.get(i).text());
    }
    later.addAll(captions);
    for (String candidate : later) {
      if (candidate.length() >= 10 && first.length() > candidate.length() && first.endsWith(candidate)) {
        String prefix = first.substring(0, first.length() - candidate.length()).strip();
        if (!prefix.isEmpty() && BlockShape.labelLike(prefix)) {
          return new String[] {prefix, candidate};
        }
      }
    }
    for (int i = 1; i < Math.min(first.length() - 1, 40); i++) {
      if (Character.isLowerCase(first.charAt(i - 1)) && Character.isUpperCase(first.charAt(i))
          && sectionWords.contains(first.substring(0, i).toLowerCase(Locale.ROOT))) {
        return new String[] {first.substring(0, i), first.substring(i)};
      }
    }
    return null;
  }

  private static List<Block> blocks(List<Piece> pieces) {
    List<Block> blocks = new ArrayList<>();
    Map<Integer, List<Piece>> groups = new LinkedHashMap<>();
    for (Piece p : pieces) {
      groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
    }
    for (List<Piece> group : groups.values()) {
      String text = join(group);
      Hint hint = group.get(0).hint();
      BlockType type;
      if (hint == Hint.SUBHEADING) {
        type = BlockType.SUBHEADING;
      } else if (hint == Hint.NONE && group.size() == 1 && BlockShape.headingLike(text, MAX_SUBHEADING_WORDS)) {
        // Checked before quotes: a quoted line without closing punctuation is a subheading.
        type = BlockType.SUBHEADING;
      } else if (hint == Hint.QUOTE || BlockShape.wholeQuote(text)) {
        type = BlockType.QUOTE;
      } else {
        type = BlockType.PARAGRAPH;
      }
      blocks.add(new Block(type, text));
    }
    return blocks;
  }

  private static List<Piece> groupAt(List<Piece> pieces, int i) {
    int group = pieces.get(i).group();
    int end = i;
    while (end < pieces.size() && pieces.get(end).group() == group) {
      end++;
    }
    return pieces.subList(i, end);
  }

  private static String join(List<Piece> group) {
    StringBuilder out = new StringBuilder();
    for (Piece p : group) {
      out.append(out.length() == 0 ? "" : " ").append(p.text());
    }
    return out.toString();
  }

  private static int indexOfHint(List<Piece> pieces, Hint hint) {
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i).hint() == hint) {
        return i;
      }
    }
    return -1;
  }

}
