package io.newsflow.enrich.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page says about itself before its text is read: schema.org JSON-LD ({@code NewsArticle}
 * and kin), Open Graph and plain {@code <meta>} tags, {@code <link rel=canonical>}. Publishers fill
 * these for search engines and social cards, so they are usually right about the headline and
 * section; the text of the page stays the evidence of record for everything else.
 *
 * @param headline JSON-LD {@code headline}, else {@code og:title}, else null
 * @param description JSON-LD or Open Graph description (the teaser), or null
 * @param section {@code articleSection} or {@code article:section}, or null
 * @param language the page's declared language tag ({@code <html lang>}, {@code og:locale}), or null
 * @param articleBody JSON-LD {@code articleBody} (the story's plain text, when the publisher gives it), or null
 * @param imageCredits {@code creditText}/{@code copyrightHolder} of the article's JSON-LD images
 */
public record PageMetadata(String headline, String description, String section, String author,
    String published, String canonical, String language, String articleBody, List<String> imageCredits) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
      "scholarlyarticle", "techarticle", "report", "liveblogposting", "webpage", "socialmediaposting");

  /**
   * {@code meta[property=NAME], meta[name=NAME]} per name read below, parsed once and tried on the page's meta tags
   * only: eleven whole-page selections per page cost more than the rest of this class.
   */
  private static final Map<String, Evaluator> META = Stream.of("og:title", "twitter:title", "og:description",
      "description", "article:section", "author", "article:author", "article:published_time", "date", "og:url",
      "og:locale").collect(Collectors.toUnmodifiableMap(Function.identity(),
          name -> QueryParser.parse("meta[property=" + name + "], meta[name=" + name + "]")));

  public PageMetadata {
    imageCredits = List.copyOf(imageCredits);
  }

  /** Reads the head of {@code doc}; call it before scripts are removed (JSON-LD lives in one). */
  public static PageMetadata read(Document doc) {
    Builder b = new Builder();
    Elements metas = doc.getElementsByTag("meta");
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        b.jsonLd(JSON.readTree(script.data()), 0);
      } catch (java.io.IOException | RuntimeException e) {
        // Broken JSON-LD is common (template glitches); the page's text still tells the story.
      }
    }
    b.headline = first(b.headline, meta(metas, "og:title"), meta(metas, "twitter:title"));
    b.description = first(b.description, meta(metas, "og:description"), meta(metas, "description"));
    b.section = first(b.section, meta(metas, "article:section"));
    b.author = first(b.author, meta(metas, "author"), meta(metas, "article:author"));
    b.published = first(b.published, meta(metas, "article:published_time"), meta(metas, "date"));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    b.canonical = first(canonical == null ? null : canonical.attr("href"), meta(metas, "og:url"));
    Element html = doc.selectFirst("html[lang]");
    b.language = first(html == null ? null : html.attr("lang"), meta(metas, "og:locale"));
    return new PageMetadata(b.headline, b.description, b.section, b.author, b.published, b.canonical,
        b.language, b.articleBody, b.imageCredits);
  }

  /** The first of the page's meta tags (in page order) that {@code META.get(name)} matches, as doc.selectFirst finds it. */
  private static String meta(Elements metas, String name) {
    Evaluator query = META.get(name);
    for (Element e : metas) {
      if (e.is(query)) {
        return clean(e.attr("content"));
      }
    }
    return null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    String line = TextNormalizer.line(s);
    return line.isEmpty() ? null : line;
  }

  private static final class Builder {
    String headline;
    String description;
    String section;
    String author;
    String published;
    String canonical;
    String language;
    String articleBody;
    final List<String> imageCredits = new ArrayList<>();

    /** Walks arrays and {@code @graph} lists; the first article-typed object fills the fields. */
    void jsonLd(JsonNode node, int depth) {
      if (node == null || depth > 6) {
        return;
      }
      if (node.isArray()) {
        for (JsonNode item : node) {
          jsonLd(item, depth + 1);
        }
        return;
      }
      if (!node.isObject()) {
        return;
      }
      if (node.has("@graph")) {
        jsonLd(node.get("@graph"), depth + 1);
      }
      if (!isArticle(node.get("@type"))) {
        return;
      }
      headline = first(headline, text(node.get("headline")), text(node.get("name")));
      description = first(description, text(node.get("description")));
      JsonNode storyText = node.get("articleBody");
      if (articleBody == null && storyText != null && storyText.isTextual() && !storyText.asText().isBlank()) {
        articleBody = storyText.asText();
      }
      section = first(section, text(node.get("articleSection")));
      author = first(author, name(node.get("author")));
      published = first(published, text(node.get("datePublished")));
      JsonNode image = node.get("image");
      for (JsonNode img : image == null ? List.<JsonNode>of() : image.isArray() ? listOf(image) : List.of(image)) {
        String credit = first(text(img.get("creditText")), name(img.get("copyrightHolder")), name(img.get("author")));
        if (credit != null) {
          imageCredits.add(credit);
        }
      }
    }

    private static List<JsonNode> listOf(JsonNode array) {
      List<JsonNode> out = new ArrayList<>();
      array.forEach(out::add);
      return out;
    }

    private static boolean isArticle(JsonNode type) {
      if (type == null) {
        return false;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (isArticle(t)) {
            return true;
          }
        }
        return false;
      }
      return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode n) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        return n.isEmpty() ? null : text(n.get(0));
      }
      return n.isValueNode() ? clean(n.asText()) : null;
    }

    private static String name(JsonNode n) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        return n.isEmpty() ? null : name(n.get(0));
      }
      return n.isObject() ? text(n.get("name")) : text(n);
    }
  }
}
