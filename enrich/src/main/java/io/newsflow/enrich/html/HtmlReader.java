package io.newsflow.enrich.html;

import io.newsflow.enrich.UnreadableArticleException;
import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.credit.CreditLineParser;
import io.newsflow.enrich.structure.ArticleStructure;
import io.newsflow.enrich.structure.Piece;
import io.newsflow.enrich.structure.Piece.Hint;
import io.newsflow.enrich.structure.StructureAssembler;
import io.newsflow.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page with jsoup: drops page chrome (navigation, asides, footers, cookie
 * banners, scripts), then takes the story from the article element by its markup: h1 headline,
 * kicker, teaser, h2/h3 subheadings, paragraphs, blockquotes, figures with their credits.
 */
public final class HtmlReader {
  private static final String CHROME = "script, style, noscript, template, nav, aside, footer, form, iframe, button, svg, select, input";
  /** class/id tokens of page furniture, matched as whole hyphen/underscore separated words. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(?:^|[\\s_-])(cookies?|consent|gdpr|banner|newsletter|share|sharing|social|related|recommend\\w*|"
          + "advert\\w*|ads?|promo|paywall|outbrain|taboola|breadcrumbs?|comments?|subscribe|teaser-?list|more-?articles)(?:$|[\\s_-])");
  private static final Pattern KICKER = Pattern.compile("(?i)(?:^|[\\s_-])(kicker|overline|dachzeile|topline|eyebrow|section|rubrik|category|label)(?:$|[\\s_-])");
  private static final Pattern TEASER = Pattern.compile("(?i)(?:^|[\\s_-])(teaser|lead|lede|intro|standfirst|summary|dek|subtitle|excerpt|abstract)(?:$|[\\s_-])");
  private static final Pattern CREDIT = Pattern.compile("(?i)(?:^|[\\s_-])(credit|credits|copyright|photographer|source|byline-photo)(?:$|[\\s_-])");

  private final CreditLineParser credits;
  private final StructureAssembler assembler;

  public HtmlReader(CreditLineParser credits, StructureAssembler assembler) {
    this.credits = credits;
    this.assembler = assembler;
  }

  public ArticleStructure read(String html) {
    if (html == null || html.isBlank()) {
      throw new UnreadableArticleException("the HTML page is empty");
    }
    Document doc = Jsoup.parse(html);
    doc.select(CHROME).remove();
    for (Element header : doc.select("header")) {
      if (header.select("h1").isEmpty()) {
        header.remove();
      } else {
        // The article header's date/time line is metadata ("25.11.2026"), not the lead or a paragraph.
        header.select("time").remove();
      }
    }
    for (Element e : doc.body().select("*")) {
      if (e.parent() != null && !e.tagName().equals("body") && isFurniture(e)) {
        e.remove();
      }
    }
    Element root = firstOf(doc, "article", "main", "[role=main]");
    Reading reading = new Reading();
    walk(root, reading);
    if (reading.pieces.stream().noneMatch(p -> p.hint() == Hint.HEADLINE)) {
      String title = TextNormalizer.line(doc.title()).replaceAll("\\s+[|–—-]\\s+[^|–—-]+$", "");
      if (!title.isEmpty()) {
        reading.pieces.add(0, new Piece(title, 0, Hint.HEADLINE));
      }
    }
    if (reading.pieces.isEmpty()) {
      throw new UnreadableArticleException("the HTML page has no article text (no headline, paragraphs or headings)");
    }
    return assembler.assemble(reading.pieces, reading.images, reading.captions);
  }

  private static final class Reading {
    final List<Piece> pieces = new ArrayList<>();
    final List<Credit> images = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    boolean seenHeadline;

    void add(String text, Hint hint) {
      String line = TextNormalizer.line(text);
      if (!line.isEmpty()) {
        pieces.add(new Piece(line, pieces.size() + 1, hint));
      }
    }
  }

  private void walk(Element element, Reading reading) {
    for (Element child : element.children()) {
      String tag = child.tagName();
      switch (tag) {
        case "figure", "picture" -> figure(child, reading);
        case "figcaption" -> caption(child, reading);
        case "img" -> { }
        case "h1" -> {
          for (Element kicker : child.children()) {
            if (matches(KICKER, kicker)) {
              reading.add(kicker.text(), Hint.SECTION);
              kicker.remove();
            }
          }
          reading.add(child.text(), reading.seenHeadline ? Hint.SUBHEADING : Hint.HEADLINE);
          reading.seenHeadline = true;
        }
        case "h2", "h3", "h4", "h5", "h6" -> reading.add(child.text(), Hint.SUBHEADING);
        case "blockquote" -> reading.add(child.text(), Hint.QUOTE);
        case "p", "li", "dd" -> paragraph(child, reading);
        default -> {
          if (matches(KICKER, child) && !reading.seenHeadline && child.text().length() <= 60) {
            reading.add(child.text(), Hint.SECTION);
          } else if (matches(TEASER, child) && child.select("p").size() <= 1 && !child.text().isBlank()
              && reading.seenHeadline) {
            reading.add(child.text(), Hint.LEAD);
          } else if (child.children().isEmpty() || hasOwnText(child)) {
            paragraph(child, reading);
          } else {
            walk(child, reading);
          }
        }
      }
    }
  }

  private void paragraph(Element p, Reading reading) {
    String text = TextNormalizer.line(p.text());
    if (text.isEmpty()) {
      return;
    }
    if (!reading.seenHeadline && matches(KICKER, p)) {
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
    reading.add(text, matches(TEASER, p) && reading.seenHeadline ? Hint.LEAD : Hint.PARAGRAPH);
  }

  private void figure(Element figure, Reading reading) {
    for (Element cap : figure.select("figcaption")) {
      caption(cap, reading);
    }
  }

  private void caption(Element figcaption, Reading reading) {
    String creditText = null;
    for (Element e : figcaption.select("*")) {
      if (e != figcaption && (matches(CREDIT, e) || e.tagName().equals("small") || e.tagName().equals("cite"))) {
        creditText = TextNormalizer.line(e.text());
        e.remove();
        break;
      }
    }
    String captionText = TextNormalizer.line(figcaption.text());
    Optional<Credit> credit;
    if (creditText != null) {
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

  private static boolean isFurniture(Element e) {
    String tokens = e.className() + " " + e.id();
    return !tokens.isBlank() && FURNITURE.matcher(tokens).find() && !e.tagName().equals("article") && !e.tagName().equals("main");
  }

  private static boolean matches(Pattern pattern, Element e) {
    String tokens = e.className() + " " + e.id();
    return !tokens.isBlank() && pattern.matcher(tokens).find();
  }

  private static boolean hasOwnText(Element e) {
    return !e.ownText().isBlank();
  }

  private static Element firstOf(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element e = doc.selectFirst(selector);
      if (e != null) {
        return e;
      }
    }
    return doc.body();
  }
}
