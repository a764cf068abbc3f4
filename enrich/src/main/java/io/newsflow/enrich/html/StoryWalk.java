package io.newsflow.enrich.html;

import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.credit.CreditLineParser;
import io.newsflow.enrich.html.TextStats.Counts;
import io.newsflow.enrich.structure.Piece;
import io.newsflow.enrich.structure.Piece.Hint;
import io.newsflow.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the story's elements in page order into pieces with the role their markup gives them.
 * Inside the story, page furniture is recognised by what it is: navigation, asides and footers by
 * tag; link lists (menus, tags, teasers) by link density; short byline/date/share blocks by their
 * shape confirmed by class words. Nothing holding most of the story's text is ever dropped.
 */
final class StoryWalk {
  private static final Pattern KICKER = Pattern.compile("(?i)(?:^|[\\s_-])(kicker|overline|dachzeile|topline|eyebrow|section|rubrik|category|label)(?:$|[\\s_-])");
  private static final Pattern TEASER = Pattern.compile("(?i)(?:^|[\\s_-])(teaser|lead|lede|intro|standfirst|summary|dek|subtitle|excerpt|abstract|subheadline|sub-?title)(?:$|[\\s_-])");
  private static final Pattern CREDIT = Pattern.compile("(?i)(?:^|[\\s_-])(credit|credits|copyright|photographer|source|byline-photo)(?:$|[\\s_-])");
  private static final int MAX_DEPTH = 300;
  /** A paragraph of prose around a link paragraph: a sentence, not a label. */
  private static final int MIN_PROSE_CHARS = 20;
  /** Prose a story must have before an {@code h1} after its headline counts as the next article's. */
  private static final int NEXT_STORY_AFTER_CHARS = 500;
  /** Elements whose tag says "this is text": a class word alone never makes them furniture. */
  private static final java.util.Set<String> CONTENT_TAGS = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "pre", "li", "dd", "dt", "td", "th", "table", "tbody", "tr", "figure", "figcaption", "strong", "em", "b", "i");

  private final CreditLineParser credits;

  StoryWalk(CreditLineParser credits) {
    this.credits = credits;
  }

  /** What was read: pieces in order, picture credits, caption texts. */
  static final class Reading {
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Credit> images = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private boolean seenHeadline;
    /** Another article's headline came after this one's story: nothing after it is read. */
    private boolean ended;
    /** The story headline's class names, which a template repeats on the next article's headline. */
    private java.util.Set<String> headlineClasses = java.util.Set.of();
    private int proseChars;
    private boolean fromPublisher;

    /** The publisher's own plain text (JSON-LD articleBody), not a reading of the markup. */
    boolean fromPublisher() {
      return fromPublisher;
    }

    List<Piece> pieces() {
      return pieces;
    }

    List<Credit> images() {
      return images;
    }

    List<String> captions() {
      return captions;
    }

    int proseChars() {
      return proseChars;
    }

    void add(String text, Hint hint) {
      String line = TextNormalizer.line(text);
      if (!line.isEmpty()) {
        pieces.add(new Piece(line, pieces.size() + 1, hint));
        if (hint == Hint.PARAGRAPH || hint == Hint.LEAD || hint == Hint.QUOTE) {
          proseChars += line.length();
        }
      }
    }
  }

  /** Reads the story elements; the headline element is read first when it stands outside them. */
  Reading read(List<Element> content, Element headline, TextStats stats) {
    Reading reading = new Reading();
    int storyChars = 0;
    for (Element e : content) {
      storyChars += stats.of(e).chars;
    }
    boolean outside = headline != null && content.stream().noneMatch(c -> c == headline || headline.parents().contains(c));
    if (outside) {
      header(headline, reading);
    }
    for (Element e : content) {
      if (content.size() == 1) {
        walk(e, reading, stats, Math.max(1, storyChars), 0);
      } else {
        visit(e, reading, stats, Math.max(1, storyChars), 0);
      }
    }
    return reading;
  }

  /**
   * The simpler reading the structural one is compared with: the publisher's JSON-LD articleBody
   * when there is one, else every paragraph of the page that is prose rather than links.
   */
  Reading baseline(Element body, String articleBody) {
    Reading reading = new Reading();
    if (articleBody != null && articleBody.length() > 200) {
      String[] paragraphs = articleBody.split("\\s*\\n\\s*");
      for (String p : paragraphs) {
        reading.add(org.jsoup.parser.Parser.unescapeEntities(p, false), Hint.PARAGRAPH);
      }
      reading.fromPublisher = true;
      return reading;
    }
    for (Element p : body.select("p, pre")) {
      String text = p.text();
      int links = 0;
      for (Element a : p.select("a")) {
        links += a.text().length();
      }
      if (text.length() >= 25 && links * 2 < text.length() && !inFurniture(p)) {
        reading.add(text, Hint.PARAGRAPH);
      }
    }
    return reading;
  }

  private static boolean inFurniture(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (ClassEvidence.negative(p) || p.nameIs("footer") || p.nameIs("aside") || p.nameIs("nav")) {
        return true;
      }
    }
    return false;
  }

  private void header(Element h1, Reading reading) {
    Element parent = h1.parent();
    if (parent != null) {
      for (Element sibling : parent.children()) {
        if (sibling == h1) {
          break;
        }
        if (matches(KICKER, sibling) && sibling.text().length() <= 60) {
          reading.add(sibling.text(), Hint.SECTION);
        }
      }
    }
    headline(h1, reading);
    for (Element next = h1.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      if (matches(TEASER, next) && next.select("p").size() <= 1 && next.text().length() > 40) {
        reading.add(next.text(), Hint.LEAD);
        break;
      }
    }
  }

  private void headline(Element h1, Reading reading) {
    for (Element kicker : h1.children()) {
      if (matches(KICKER, kicker)) {
        reading.add(kicker.text(), Hint.SECTION);
        kicker.remove();
      }
    }
    if (reading.seenHeadline && reading.proseChars >= NEXT_STORY_AFTER_CHARS
        && !java.util.Collections.disjoint(reading.headlineClasses, h1.classNames())) {
      // A second headline of the story headline's own template, after a story of some length, is the
      // next article (an endless-scroll page appends it in the same container): the story has ended.
      // An h1 of another kind inside the text is a subheading, as some blogs write them.
      reading.ended = true;
      return;
    }
    if (!reading.seenHeadline) {
      reading.headlineClasses = h1.classNames();
    }
    reading.add(h1.text(), reading.seenHeadline ? Hint.SUBHEADING : Hint.HEADLINE);
    reading.seenHeadline = true;
  }

  private void walk(Element element, Reading reading, TextStats stats, int storyChars, int depth) {
    if (depth > MAX_DEPTH) {
      reading.add(element.text(), Hint.PARAGRAPH);
      return;
    }
    if (stats.of(element).inlineChars == 0) {
      for (Element child : element.children()) {
        visit(child, reading, stats, storyChars, depth + 1);
      }
      return;
    }
    // Mixed content: runs of text and inline elements between blocks or <br>s are paragraphs.
    StringBuilder run = new StringBuilder();
    for (org.jsoup.nodes.Node node : element.childNodes()) {
      if (node instanceof org.jsoup.nodes.TextNode text) {
        run.append(text.getWholeText());
      } else if (node instanceof Element child) {
        if (child.nameIs("br")) {
          flush(run, reading);
        } else if (TextStats.BLOCKS.contains(child.normalName()) || child.nameIs("figure") || child.nameIs("img")) {
          flush(run, reading);
          visit(child, reading, stats, storyChars, depth + 1);
        } else if (!furniture(child, stats, storyChars, reading.seenHeadline)) {
          run.append(child.text());
        }
      }
    }
    flush(run, reading);
  }

  private static void flush(StringBuilder run, Reading reading) {
    String text = TextNormalizer.line(run.toString());
    run.setLength(0);
    if (!text.isEmpty()) {
      reading.add(text, Hint.PARAGRAPH);
    }
  }

  private void visit(Element child, Reading reading, TextStats stats, int storyChars, int depth) {
    if (reading.ended) {
      return;
    }
    if (furniture(child, stats, storyChars, reading.seenHeadline)) {
      return;
    }
    String tag = child.normalName();
    if (!CONTENT_TAGS.contains(tag) && ClassEvidence.picture(child) && stats.of(child).chars * 2 < storyChars
        && stats.of(child).paragraphs <= 1) {
      caption(child, reading);
      return;
    }
    switch (tag) {
      case "figure", "picture" -> figure(child, reading);
      case "figcaption" -> caption(child, reading);
      case "img", "br", "hr" -> { }
      case "h1" -> headline(child, reading);
      case "h2", "h3", "h4", "h5", "h6" -> reading.add(child.text(), Hint.SUBHEADING);
      case "blockquote" -> {
        if (child.select("p").size() > 1) {
          walk(child, reading, stats, storyChars, depth);
        } else {
          reading.add(child.text(), Hint.QUOTE);
        }
      }
      case "p", "dd", "pre" -> paragraph(child, reading, stats);
      case "li" -> {
        if (stats.of(child).blockChildren) {
          walk(child, reading, stats, storyChars, depth);
        } else {
          paragraph(child, reading, stats);
        }
      }
      default -> {
        if (matches(KICKER, child) && !reading.seenHeadline && child.text().length() <= 60) {
          reading.add(child.text(), Hint.SECTION);
        } else if (matches(TEASER, child) && child.select("p").size() <= 1 && !stats.of(child).blockChildren && !child.text().isBlank()
            && reading.seenHeadline && reading.pieces.stream().noneMatch(p -> p.hint() == Hint.LEAD)) {
          reading.add(child.text(), Hint.LEAD);
        } else if (child.children().isEmpty() || !stats.of(child).blockChildren && !child.ownText().isBlank()) {
          paragraph(child, reading, stats);
        } else {
          walk(child, reading, stats, storyChars, depth);
        }
      }
    }
  }

  /**
   * Page furniture inside the story area. Tag semantics first (nav, aside, footer, a header with no
   * headline); then link lists; then blocks whose class words say byline, share or related and whose
   * text agrees (short, or little prose). An element with half the story's text is never furniture.
   */
  private static boolean furniture(Element e, TextStats stats, int storyChars, boolean seenHeadline) {
    Counts c = stats.of(e);
    if (c.chars * 2 > storyChars) {
      return false;
    }
    switch (e.normalName()) {
      case "nav", "aside", "footer", "menu", "form" -> {
        // A form inside the story is a comment or newsletter form; a form around it (ASP.NET) holds most of it.
        return true;
      }
      case "header" -> {
        return e.selectFirst("h1") == null;
      }
      case "time" -> {
        return true;
      }
      case "a" -> {
        return false;
      }
      default -> { }
    }
    double links = c.linkDensity();
    if (links > 0.5 && c.chars > 0) {
      return !linkInProse(e, stats);
    }
    if (!CONTENT_TAGS.contains(e.normalName()) && c.paragraphs == 0 && c.chars < 500 && linkedHeadline(e, stats)) {
      return true;
    }
    if (CONTENT_TAGS.contains(e.normalName())) {
      // A text tag goes only when its own class names it a byline, date or share line and it is that
      // short, or a prompt of the site (newsletter, subscription, ad) of a few lines.
      return !e.normalName().startsWith("h") && (ClassEvidence.bylineOrMeta(e) && c.chars < 150
          || ClassEvidence.prompt(e) && c.chars < 300);
    }
    if (ClassEvidence.foreignContent(e)) {
      // Other articles' teasers and readers' comments are furniture however much prose they hold.
      return true;
    }
    if (ClassEvidence.furniture(e, c)) {
      boolean littleProse = c.paragraphs == 0 ? c.stops <= 1 || c.chars < 200 : c.chars * 7 < storyChars;
      return links > 0.25 || littleProse;
    }
    return false;
  }

  /**
   * A teaser card for another article: a headline that is wholly a link, and a line or two of text but
   * no paragraph. The story's own subheadings are not links to elsewhere.
   */
  private static boolean linkedHeadline(Element e, TextStats stats) {
    Element heading = e.selectFirst("h2, h3, h4, h5");
    if (heading == null) {
      return false;
    }
    Counts h = stats.of(heading);
    return h.chars >= 15 && h.linkChars * 10 >= h.chars * 9;
  }

  /**
   * A paragraph that is one link, set between two paragraphs of prose, is the author's: an address
   * or a pointer the story gives ("the event's page", a mail address). Menus, tag lists and teaser
   * blocks are lists of links or stand apart from the prose, so they stay furniture.
   */
  private static boolean linkInProse(Element e, TextStats stats) {
    if (!e.nameIs("p") || e.getElementsByTag("a").size() != 1) {
      return false;
    }
    return prose(e.previousElementSibling(), stats) && prose(e.nextElementSibling(), stats);
  }

  private static boolean prose(Element e, TextStats stats) {
    if (e == null || !e.nameIs("p")) {
      return false;
    }
    Counts c = stats.of(e);
    return c.chars >= MIN_PROSE_CHARS && c.linkDensity() <= 0.5;
  }

  private void paragraph(Element p, Reading reading, TextStats stats) {
    String text = TextNormalizer.line(p.text());
    if (text.isEmpty()) {
      return;
    }
    if (!reading.seenHeadline && matches(KICKER, p) && text.length() <= 60) {
      reading.add(text, Hint.SECTION);
      return;
    }
    if (matches(CREDIT, p)) {
      credits.parseLine(text, true).or(() -> credits.parseCaption(text)).ifPresent(reading.images::add);
      return;
    }
    Optional<Credit> credit = credits.parseLine(text, false);
    if (credit.isPresent() && text.length() < 120) {
      reading.images.add(credit.get());
      return;
    }
    boolean lead = matches(TEASER, p) && reading.seenHeadline && reading.pieces.stream().noneMatch(x -> x.hint() == Hint.LEAD);
    reading.add(text, lead ? Hint.LEAD : Hint.PARAGRAPH);
  }

  private void figure(Element figure, Reading reading) {
    for (Element cap : figure.select("figcaption")) {
      caption(cap, reading);
    }
  }

  private void caption(Element figcaption, Reading reading) {
    String creditText = null;
    for (Element e : figcaption.select("*")) {
      if (e != figcaption && (matches(CREDIT, e) || e.nameIs("small") || e.nameIs("cite"))) {
        creditText = TextNormalizer.line(e.text());
        e.remove();
        break;
      }
    }
    String captionText = TextNormalizer.line(figcaption.text());
    Optional<Credit> credit;
    if (creditText != null && creditText.codePoints().anyMatch(Character::isLetter)) {
      String line = creditText;
      // Markup already says this is the credit, so an unlabelled "Name/dpa" is read as one too.
      credit = Optional.of(credits.parseLine(line, true).or(() -> credits.parseCaption(line))
          .orElseGet(() -> credits.parseValue(line)));
      String captionOnly = captionText;
      credit = credit.map(c -> c.withCaption(captionOnly.isEmpty() ? null : captionOnly));
    } else {
      credit = credits.parseCaption(captionText);
    }
    credit.ifPresent(reading.images::add);
    String caption = credit.map(Credit::caption).orElse(captionText);
    if (caption != null && !caption.isEmpty()) {
      reading.captions.add(caption);
    }
  }

  private static boolean matches(Pattern pattern, Element e) {
    String tokens = ClassEvidence.words(e);
    return !tokens.isBlank() && pattern.matcher(tokens).find();
  }
}
