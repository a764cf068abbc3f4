package io.newsflow.enrich.html;

import io.newsflow.enrich.UnreadableArticleException;
import io.newsflow.enrich.credit.CreditLineParser;
import io.newsflow.enrich.structure.ArticleStructure;
import io.newsflow.enrich.structure.Piece;
import io.newsflow.enrich.structure.Piece.Hint;
import io.newsflow.enrich.structure.StructureAssembler;
import io.newsflow.enrich.text.TextNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page with jsoup in three steps: what the page declares about itself
 * ({@link PageMetadata}), where the story is ({@link MainContent}, by text structure), and what the
 * story says ({@link StoryWalk}, by markup: kicker, h1, teaser, subheadings, paragraphs, quotes,
 * figures and their credits). When the structural reading finds much less prose than a simpler
 * reading of the same page (the JSON-LD {@code articleBody}, or every prose paragraph of the page),
 * the simpler one is kept instead.
 */
public final class HtmlReader {
  /** Elements that never carry story text a reader sees. */
  private static final String INVISIBLE = "script, style, noscript, template, svg, iframe, object, embed, canvas, "
      + "button, select, input, textarea, option, link, meta, [hidden], [aria-hidden=true], dialog";
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /** Title suffixes and prefixes naming the site: "Headline | Site", "Site - Headline". */
  private static final Pattern TITLE_SITE = Pattern.compile("\\s+[|–—·•:-]\\s+[^|–—·•]{2,60}$");
  /** The structural reading is trusted unless the simpler one has this much more prose. */
  private static final double FALLBACK_RATIO = 2.0;
  /** Less prose than this (a few sentences) and the structural reading may have missed the story. */
  private static final int MIN_PROSE_CHARS = 600;

  private final StoryWalk walk;
  private final StructureAssembler assembler;

  public HtmlReader(CreditLineParser credits, StructureAssembler assembler) {
    this.walk = new StoryWalk(credits);
    this.assembler = assembler;
  }

  public ArticleStructure read(String html) {
    if (html == null || html.isBlank()) {
      throw new UnreadableArticleException("the HTML page is empty");
    }
    Document doc = Jsoup.parse(html);
    PageMetadata meta = PageMetadata.read(doc);
    String title = doc.title();
    doc.select(INVISIBLE).remove();
    doc.select("[style]").forEach(e -> {
      if (DISPLAY_NONE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    });
    Element body = doc.body();
    TextStats stats = new TextStats(body);
    List<Element> content = MainContent.find(body, stats);
    Element headline = Headline.find(doc, content, meta.headline() != null ? meta.headline() : title);

    StoryWalk.Reading baseline = walk.baseline(body, meta.articleBody());
    StoryWalk.Reading reading = walk.read(content, headline, stats);
    boolean tooLittle = reading.proseChars() < MIN_PROSE_CHARS || baseline.fromPublisher();
    if (tooLittle && reading.proseChars() * FALLBACK_RATIO < baseline.proseChars()) {
      reading = baseline;
    }
    List<Piece> pieces = reading.pieces();
    if (pieces.stream().noneMatch(p -> p.hint() == Hint.HEADLINE)) {
      String text = headline != null ? TextNormalizer.line(headline.text()) : "";
      if (text.isEmpty()) {
        text = meta.headline() != null ? siteless(meta.headline()) : siteless(TextNormalizer.line(title));
      }
      if (!text.isEmpty()) {
        pieces.add(0, new Piece(text, 0, Hint.HEADLINE));
      }
    }
    if (pieces.stream().noneMatch(p -> p.hint() == Hint.SECTION) && meta.section() != null
        && meta.section().length() <= 40) {
      pieces.add(0, new Piece(meta.section(), -1, Hint.SECTION));
    }
    if (pieces.stream().noneMatch(p -> p.hint() != Hint.SECTION)) {
      // No headline, paragraph or heading anywhere: whatever visible text the page has is the story.
      String text = TextNormalizer.line(doc.text());
      if (!text.isEmpty()) {
        pieces.add(new Piece(openingWords(text), 0, Hint.HEADLINE));
        pieces.add(new Piece(text, 1, Hint.PARAGRAPH));
      }
    }
    if (pieces.stream().noneMatch(p -> p.hint() != Hint.SECTION)) {
      throw new UnreadableArticleException("the HTML page has no article text (no headline, paragraphs or headings)");
    }
    return assembler.assemble(pieces, reading.images(), reading.captions());
  }

  /** The first words of a text, at most about a headline's length, cut at a space. */
  static String openingWords(String text) {
    if (text.length() <= 120) {
      return text;
    }
    int space = text.lastIndexOf(' ', 120);
    return text.substring(0, space > 40 ? space : 120);
  }

  static String siteless(String title) {
    String line = TextNormalizer.line(title);
    String cut = TITLE_SITE.matcher(line).replaceFirst("");
    return cut.length() >= 12 ? cut : line;
  }

  static String lowerWords(String s) {
    return TextNormalizer.line(s).toLowerCase(Locale.ROOT);
  }
}
