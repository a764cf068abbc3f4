package io.newsflow.enrich.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which {@code <h1>} is the story's headline. Templates put it inside the story, above it in a
 * header, or use h1 for the site logo; the page title and {@code og:title} name the story, so
 * an h1 they contain (or that contains them) is the headline wherever it stands.
 */
final class Headline {
  private Headline() {}

  static Element find(Document doc, List<Element> content, String declaredTitle) {
    List<Element> h1s = doc.select("h1");
    String title = declaredTitle == null ? "" : HtmlReader.lowerWords(declaredTitle);
    Element inside = null;
    Element named = null;
    Element before = null;
    Element first = content.get(0);
    for (Element h1 : h1s) {
      String text = HtmlReader.lowerWords(h1.text());
      if (text.length() < 4) {
        continue;
      }
      boolean isInside = false;
      for (Element c : content) {
        if (isDescendant(h1, c)) {
          isInside = true;
          break;
        }
      }
      if (isInside && inside == null) {
        inside = h1;
      }
      if (named == null && !title.isEmpty() && (title.contains(text) || text.contains(HtmlReader.lowerWords(HtmlReader.siteless(title))))) {
        named = h1;
      }
      if (!isInside && before == null && precedes(h1, first)) {
        before = h1;
      }
    }
    if (inside != null) {
      return inside;
    }
    return named != null ? named : before;
  }

  private static boolean isDescendant(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Document order: e comes before other. */
  private static boolean precedes(Element e, Element other) {
    return e.siblingIndex() >= 0 && compare(e, other) < 0;
  }

  private static int compare(Element a, Element b) {
    List<Element> pa = path(a);
    List<Element> pb = path(b);
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
      i++;
    }
    if (i == pa.size() || i == pb.size()) {
      return pa.size() - pb.size();
    }
    return Integer.compare(pa.get(i).elementSiblingIndex(), pb.get(i).elementSiblingIndex());
  }

  private static List<Element> path(Element e) {
    java.util.ArrayList<Element> out = new java.util.ArrayList<>();
    for (Element p = e; p != null; p = p.parent()) {
      out.add(0, p);
    }
    return out;
  }
}
