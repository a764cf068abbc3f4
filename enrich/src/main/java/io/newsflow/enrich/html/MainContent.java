package io.newsflow.enrich.html;

import io.newsflow.enrich.html.TextStats.Counts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the story on a page by structure. Every paragraph-like element (a {@code <p>}, or any
 * element without block children) with enough text votes for its ancestors: more for longer text
 * and more commas (prose has them, menus do not), less the further up the tree. The element with
 * the highest vote, discounted by its link density, is the core; siblings that carry prose of their
 * own, or score near it, join it (stories split by ad slots). Class and id words weigh in, never
 * decide. The idea is the one readability and its descendants use; the weights here are our own.
 */
final class MainContent {
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private MainContent() {}

  /** The story's elements in page order: one element, or several siblings. */
  static List<Element> find(Element body, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      Counts c = stats.of(e);
      double vote;
      if (paragraphLike(e, stats)) {
        if (c.chars - c.linkChars < MIN_PARAGRAPH_CHARS) {
          continue;
        }
        vote = 1 + c.commas + Math.min((c.chars - c.linkChars) / 100.0, 3) + Math.min(c.stops, 4) * 0.5;
      } else if (c.inlineChars >= MIN_PARAGRAPH_CHARS * 4) {
        // Text set between <br>s straight into a wrapper that also holds blocks (blog templates).
        double own = (double) c.inlineChars / Math.max(1, c.chars);
        vote = 1 + c.commas * own + Math.min(c.inlineChars / 100.0, 3) + Math.min(c.stops * own, 4) * 0.5;
        scores.merge(e, base(e) + vote, Double::sum);
      } else {
        continue;
      }
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        Double old = scores.get(ancestor);
        // base() only for an ancestor seen first: it reads class and id through regexes.
        scores.put(ancestor, old == null ? base(ancestor) + vote * share : old + vote * share);
        if (ancestor == body) {
          break;
        }
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - stats.of(entry.getKey()).linkDensity());
      entry.setValue(s);
      if (s > best) {
        best = s;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    top = commonAncestor(top, best, scores);
    top = climb(top, scores, stats);
    return withSiblings(top, scores, stats);
  }

  /**
   * Page builders wrap every paragraph in its own stack of divs, so the best-voted element is often
   * one paragraph's wrapper. Climb while what the parent adds is prose (little of it in links, not
   * in furniture-classed children) or next to nothing: a plain wrapper.
   */
  private static Element climb(Element top, Map<Element, Double> scores, TextStats stats) {
    Element current = top;
    for (int i = 0; i < 12; i++) {
      Element parent = current.parent();
      if (parent == null || parent.nameIs("body") || parent.nameIs("html")) {
        break;
      }
      Counts pc = stats.of(parent);
      Counts cc = stats.of(current);
      int extra = pc.chars - cc.chars;
      if (extra <= Math.max(40, cc.chars / 10)) {
        current = parent;
        continue;
      }
      int extraLinks = pc.linkChars - cc.linkChars;
      int furnitureChars = 0;
      for (Element sibling : parent.children()) {
        if (sibling != current && ClassEvidence.furniture(sibling, stats.of(sibling))) {
          furnitureChars += stats.of(sibling).chars;
        }
      }
      boolean leavesStory = current.nameIs("article") || current.nameIs("main");
      boolean prose = !leavesStory && extra < cc.chars && extraLinks < extra * 0.3 && furnitureChars * 2 < extra && pc.paragraphs > cc.paragraphs
          && pc.linkDensity() < 0.25 && ClassEvidence.weight(parent) >= 0;
      if (!prose) {
        break;
      }
      current = parent;
    }
    return current;
  }

  /**
   * When several elements score close to the best (one per paragraph wrapper), the story is the
   * lowest ancestor of the best that holds at least three of them.
   */
  private static Element commonAncestor(Element top, double best, Map<Element, Double> scores) {
    List<Element> close = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getKey() != top && entry.getValue() >= best * 0.75) {
        close.add(entry.getKey());
      }
    }
    if (close.size() < 3) {
      return top;
    }
    for (Element ancestor = top.parent(); ancestor != null && !ancestor.nameIs("body"); ancestor = ancestor.parent()) {
      int inside = 0;
      for (Element e : close) {
        if (e != ancestor && e.parents().contains(ancestor)) {
          inside++;
        }
      }
      if (inside >= 3) {
        return ancestor;
      }
    }
    return top;
  }

  private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      Counts c = stats.of(sibling);
      double score = scores.getOrDefault(sibling, 0.0);
      if (!sibling.className().isEmpty() && sibling.className().equals(top.className())) {
        score += topScore * 0.2;
      }
      boolean join = score >= threshold && (ClassEvidence.weight(sibling) >= 0 || !ClassEvidence.furniture(sibling, c));
      if (!join && (sibling.nameIs("p") || !c.blockChildren)) {
        int prose = c.chars - c.linkChars;
        join = prose > 80 && c.linkDensity() < 0.25 || prose > 0 && prose <= 80 && c.linkChars == 0 && c.stops > 0;
      }
      if (join) {
        out.add(sibling);
      }
    }
    return out;
  }

  static boolean paragraphLike(Element e, TextStats stats) {
    return switch (e.normalName()) {
      case "p", "pre", "td", "dd" -> true;
      case "div", "section", "article", "center", "main", "li", "blockquote" -> !stats.of(e).blockChildren;
      default -> false;
    };
  }

  private static double base(Element e) {
    double tag = switch (e.normalName()) {
      case "article" -> 10;
      case "main", "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return tag + ClassEvidence.weight(e);
  }
}
