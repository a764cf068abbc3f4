package io.newsflow.enrich.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Only evidence: a word weighs on a score or confirms
 * what the text already shows (short, link-heavy); it never removes an element on its own, because
 * site templates use the same words for wrappers of the whole page ({@code page-ad-margins},
 * WordPress {@code category-advertising} on the article itself).
 */
final class ClassEvidence {
  /** Furniture words, matched as whole words of the class/id (split at space, hyphen, underscore, camel case). */
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)(?:^|[\\s_-])(comment\\w*|kommentar\\w*|footer|foot|sidebar\\w*|aside|widgets?|related\\w*|"
          + "recommend\\w*|more|share\\w*|sharing|social\\w*|sns|nav|navigation|navbar|menu|breadcrumbs?|pagination|pager|"
          + "promo|promoted|sponsor\\w*|advert\\w*|ads?|adslot|banner|outbrain|taboola|newsletter|subscribe|"
          + "subscription|signup|cookies?|consent|gdpr|popup|modal|overlay|masthead|toolbar|tags?|tagcloud|"
          + "keywords|byline|author\\w*|dateline|date|time|timestamp|meta|metadata|bio|login|paywall|"
          + "teaser-?list|more-?articles|trending|popular|most-?read|newsfeed|rating|loading|loader|spinner|load-?more|"
          + "no-?print|hidden-print|d-print-none)(?:$|[\\s_-])");
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)(?:^|[\\s_-])(article|articles|body|content|entry|hentry|main|post|text|blog|story|prose|"
          + "rich-?text|artikel|inhalt|tresc|contenu|texto|testo|articlebody|storybody)(?:$|[\\s_-])");
  /** Labels of one line a byline or date block carries: short, so removing them costs no story. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)(?:^|[\\s_-])(byline|author|authors|dateline|date|time|timestamp|published|updated|meta|"
          + "share|sharing|social|tags?|keywords|credit|caption)(?:$|[\\s_-])");

  /**
   * What a paragraph's own class or id names when the paragraph is a prompt of the site, not the
   * story's text: a newsletter or subscription teaser, an ad or sponsor line, a consent note.
   */
  private static final Pattern PROMPT = Pattern.compile(
      "(?i)(?:^|[\\s_-])(newsletter\\w*|subscribe|subscription|signup|promo\\w*|sponsor\\w*|advert\\w*|cookies?|consent|"
          + "paywall|no-?print)(?:$|[\\s_-])");

  /** Picture furniture: captions, credits and galleries belong to the images, not the story text. */
  private static final Pattern PICTURE = Pattern.compile(
      "(?i)(?:^|[\\s_-])(caption|captions|gallery|resgallery|slideshow|carousel|lightbox|wp-caption|photo|image|img|media|figure)(?:$|[\\s_-])");

  /**
   * Words that say a block has an ad slot or widget in it, not what the block is: templates put
   * them on sections of the story itself ({@code Section--Ads}, {@code has-ads}).
   */
  private static final Pattern SLOT = Pattern.compile("(?i)(?:^|[\\s_-])(ads?|adslot|advert\\w*|banner|widgets?)(?=$|[\\s_-])");

  /**
   * One class name that puts a foreign modifier before a content word: {@code related-articles},
   * {@code ce_relatedArticles}, {@code more-stories}, {@code comment-content}. The name says "other
   * articles" or "readers' text", so the content word in it is no evidence for the story.
   */
  private static final Pattern FOREIGN_CONTENT = Pattern.compile(
      "(?i)(?:^|[_-])(related|recommended|more|popular|trending|recent|similar|other|further|weitere|comments?|"
          + "kommentare?|sponsored|promoted)[_-]?(articles?|posts?|stor(?:y|ies)|entry|entries|content|text|body|news|"
          + "artikel|beitr\\w*)(?:$|[_-])");

  private ClassEvidence() {}

  /**
   * Negative words that the block's own text does not overrule: ad-slot and widget words give way
   * when the block is paragraphs that are mostly not links, as a story's section is.
   */
  static boolean furniture(Element e, TextStats.Counts c) {
    String words = words(e);
    if (words.isEmpty()) {
      return false;
    }
    if (foreignContent(e)) {
      return true;
    }
    if (!NEGATIVE.matcher(words).find()) {
      return false;
    }
    if (!POSITIVE.matcher(words).find()) {
      boolean slotOnly = !NEGATIVE.matcher(SLOT.matcher(words).replaceAll(" ")).find();
      return !(slotOnly && c.prose());
    }
    // Both kinds of word ("entry-meta", a share widget with "post" in its id): a scrap of text without
    // a sentence is the furniture, anything longer is left to the text measures.
    return c.paragraphs == 0 && c.chars < 100;
  }

  /**
   * A class name of the {@link #FOREIGN_CONTENT} kind. WordPress's taxonomy names ({@code category-more-news},
   * {@code tag-related-posts}) are the article's own topics, not what the element is, and are skipped.
   */
  static boolean foreignContent(Element e) {
    for (String name : e.classNames()) {
      if (!name.startsWith("category-") && !name.startsWith("tag-") && FOREIGN_CONTENT.matcher(name).find()) {
        return true;
      }
    }
    return !e.id().isEmpty() && FOREIGN_CONTENT.matcher(e.id()).find();
  }

  static boolean picture(Element e) {
    String words = words(e);
    return !words.isEmpty() && PICTURE.matcher(words).find() && !POSITIVE.matcher(words).find();
  }

  /** +25 per side: the same weight a few sentences of prose carry, so text can outvote it. */
  static int weight(Element e) {
    String words = words(e);
    if (words.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (NEGATIVE.matcher(words).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(words).find()) {
      w += 25;
    }
    return w;
  }

  static boolean negative(Element e) {
    String words = words(e);
    return !words.isEmpty() && NEGATIVE.matcher(words).find() && !POSITIVE.matcher(words).find();
  }

  static boolean prompt(Element e) {
    String words = words(e);
    return !words.isEmpty() && PROMPT.matcher(words).find();
  }

  static boolean bylineOrMeta(Element e) {
    String words = words(e);
    return !words.isEmpty() && BYLINE.matcher(words).find();
  }

  /** Class and id as space-separated words, camel case split ({@code articleBody} → {@code article Body}). */
  static String words(Element e) {
    String raw = e.className() + " " + e.id();
    if (raw.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length() + 8);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(raw.charAt(i - 1))) {
        out.append(' ');
      }
      out.append(c);
    }
    return out.toString();
  }
}
