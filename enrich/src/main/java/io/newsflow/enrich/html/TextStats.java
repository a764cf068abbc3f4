package io.newsflow.enrich.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a page, computed in one bottom-up pass (iterative, so deep
 * nesting cannot overflow the stack): characters of text, characters inside links, commas and
 * sentence stops, and whether the element holds block-level children. Everything the content
 * scoring asks is then a lookup instead of a re-walk of the subtree.
 */
final class TextStats {
  static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "dialog",
      "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "td", "th", "ul");

  /** Counts for one element's subtree. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;
    int stops;
    int paragraphs;
    /** Characters of text that sits directly in the element or in its inline children (text between {@code <br>}s). */
    int inlineChars;
    boolean blockChildren;

    /** Paragraphs of text, mostly not links: what a story's section looks like, not a menu's or an ad slot's. */
    boolean prose() {
      return paragraphs > 0 && chars - linkChars >= 80 && linkDensity() < 0.3;
    }

    double linkDensity() {
      return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }
  }

  private static final Counts NONE = new Counts();
  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  TextStats(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        Node parentNode = node.parentNode();
        Counts parent = parentNode instanceof Element p && node != root ? counts.computeIfAbsent(p, k -> new Counts()) : null;
        if (node instanceof TextNode text) {
          if (parent != null) {
            int before = parent.chars;
            addText(parent, text.getWholeText());
            parent.inlineChars += parent.chars - before;
          }
        } else if (node instanceof Element e) {
          Counts own = counts.computeIfAbsent(e, k -> new Counts());
          if (e.nameIs("a")) {
            own.linkChars = own.chars;
          }
          if (e.nameIs("p") && own.chars >= 20) {
            own.paragraphs++;
          }
          if (parent != null) {
            parent.chars += own.chars;
            parent.linkChars += own.linkChars;
            parent.commas += own.commas;
            parent.stops += own.stops;
            parent.paragraphs += own.paragraphs;
            if (BLOCKS.contains(e.normalName())) {
              parent.blockChildren = true;
            } else {
              parent.inlineChars += own.chars - own.linkChars;
            }
          }
        }
      }
    }, root);
  }

  private static void addText(Counts c, String text) {
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean ws = Character.isWhitespace(ch) || ch == '\u00A0';
      if (!ws || !space) {
        c.chars++;
      }
      space = ws;
      switch (ch) {
        case ',', '，', '、', '،' -> c.commas++;
        case '.', '!', '?', '。', '！', '？', '।', '؟' -> c.stops++;
        default -> { }
      }
    }
  }

  Counts of(Element e) {
    return counts.getOrDefault(e, NONE);
  }
}
