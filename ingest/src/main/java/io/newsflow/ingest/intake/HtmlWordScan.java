package io.newsflow.ingest.intake;

import java.util.Set;

/**
 * A quick look for a word in a page's title, before {@link Wording} asks jsoup. It reads the start of the
 * page as the HTML tokenizer does, as far as it is sure of it: a doctype, comments, blanks and the head's
 * elements (html, head, meta, link, base, and script and style with their content skipped) up to a
 * {@code <title>} in the head, whose text it reads. A word there is a word on the page. Anything else before
 * the title (text, an entity, another element, {@code </head>}, a script holding {@code <!--}, an unclosed
 * tag) ends the look with "not sure", and jsoup decides: so the scan can only be right or silent, never
 * wrong. Beyond the head it does not read on, because what jsoup's stream parser hands over from a body
 * depends on how the tree is rebuilt around misnested tags ({@code <b>Sejm<p></b>} has no words for it).
 * Real pages are usually settled here without jsoup's parser, which is large code for the JIT to compile
 * in a short ingest run.
 */
final class HtmlWordScan {
  /** Head elements that may come before the title; script and style have their content skipped. */
  private static final Set<String> HEAD = Set.of("html", "head", "meta", "link", "base", "script", "style");
  /** Where the text resumes: a word was found in the title. */
  private static final int FOUND = -2;
  /** Where the text resumes: the scan is not sure. */
  private static final int UNSURE_HERE = -1;

  private final String html;
  private final int length;

  private HtmlWordScan(String html) {
    this.html = html;
    this.length = html.length();
  }

  /** True when the page certainly has a visible word; false when the scan is not sure either way. */
  static boolean certainlyHasWord(String html) {
    return new HtmlWordScan(html).scan();
  }

  private boolean scan() {
    int i = 0;
    while (i < length) {
      char c = html.charAt(i);
      if (isTagSpace(c)) {
        i++;
        continue;
      }
      if (c != '<') {
        return false;
      }
      i = afterMarkup(i);
      if (i == FOUND) {
        return true;
      }
      if (i == UNSURE_HERE) {
        return false;
      }
    }
    return false;
  }

  /** An entity may stand for a letter or not: it separates runs and is not counted. */
  private int afterEntity(int amp) {
    int i = amp + 1;
    while (i < length && (isAsciiLetter(html.charAt(i)) || isAsciiDigit(html.charAt(i)) || html.charAt(i) == '#')) {
      i++;
    }
    return i < length && html.charAt(i) == ';' ? i + 1 : i;
  }

  /** Where text resumes after the markup starting at {@code lt}, or {@link #UNSURE_HERE}, or {@link #FOUND}. */
  private int afterMarkup(int lt) {
    if (lt + 1 >= length) {
      return UNSURE_HERE;
    }
    char next = html.charAt(lt + 1);
    if (isAsciiLetter(next)) {
      int nameEnd = tagNameEnd(lt + 1);
      String name = asciiLower(lt + 1, nameEnd);
      int end = tagEnd(nameEnd);
      if (end < 0) {
        return UNSURE_HERE;
      }
      if (name.equals("title")) {
        return titleEnd(end);
      }
      if (!HEAD.contains(name)) {
        return UNSURE_HERE;
      }
      return name.equals("script") || name.equals("style") ? afterRawText(name, end) : end;
    }
    if (next == '/') {
      return UNSURE_HERE; // an end tag before the title: </head>, or markup the scan does not follow
    }
    if (next == '!') {
      if (html.startsWith("<!--", lt)) {
        return commentEnd(lt + 4);
      }
      if (html.regionMatches(true, lt, "<!doctype", 0, 9)) {
        int gt = html.indexOf('>', lt);
        return gt < 0 ? UNSURE_HERE : gt + 1;
      }
      return UNSURE_HERE;
    }
    return UNSURE_HERE; // "<?", or a '<' that starts no markup and so is text: the head has ended
  }

  private int tagNameEnd(int from) {
    int i = from;
    while (i < length && !isTagSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
      i++;
    }
    return i;
  }

  /** After a tag's attributes, as the tokenizer reads them; -1 when the page ends inside the tag. */
  private int tagEnd(int from) {
    int i = from;
    while (i < length) {
      char c = html.charAt(i);
      if (isTagSpace(c) || c == '/') {
        i++;
      } else if (c == '>') {
        return i + 1;
      } else {
        // An attribute name: its first character may be anything (even '='), then up to space, '/', '>' or '='.
        i++;
        while (i < length && !isTagSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
          i++;
        }
        while (i < length && isTagSpace(html.charAt(i))) {
          i++;
        }
        if (i < length && html.charAt(i) == '=') {
          i = afterValue(i + 1);
          if (i == UNSURE_HERE) {
            return UNSURE_HERE;
          }
        }
      }
    }
    return UNSURE_HERE;
  }

  private int afterValue(int from) {
    int i = from;
    while (i < length && isTagSpace(html.charAt(i))) {
      i++;
    }
    if (i >= length) {
      return UNSURE_HERE;
    }
    char quote = html.charAt(i);
    if (quote == '"' || quote == '\'') {
      int close = html.indexOf(quote, i + 1);
      return close < 0 ? UNSURE_HERE : close + 1;
    }
    while (i < length && !isTagSpace(html.charAt(i)) && html.charAt(i) != '>') {
      i++;
    }
    return i;
  }

  /** A comment ends at "-->", or at once for "<!-->" and "<!--->"; "--!>" also ends one, so it is not followed. */
  private int commentEnd(int from) {
    if (html.startsWith(">", from)) {
      return from + 1;
    }
    if (html.startsWith("->", from)) {
      return from + 2;
    }
    int close = html.indexOf("-->", from);
    if (close < 0 || html.substring(from, close).contains("--!")) {
      return UNSURE_HERE;
    }
    return close + 3;
  }

  /** Title text is read as text (RCDATA: entities decoded, tags are text): a word in it is a word on the page. */
  private int titleEnd(int from) {
    int close = endTag("title", from);
    if (close == UNSURE_HERE) {
      return UNSURE_HERE;
    }
    int textStart = from;
    for (int i = from; i < close; i++) {
      if (html.charAt(i) == '&') {
        if (Wording.hasWord(html, textStart, i)) {
          return FOUND;
        }
        i = afterEntity(i) - 1;
        textStart = i + 1;
      }
    }
    if (Wording.hasWord(html, textStart, close)) {
      return FOUND;
    }
    return tagEnd(close + 2 + "title".length());
  }

  private int afterRawText(String name, int from) {
    int close = endTag(name, from);
    if (close < 0 || (name.equals("script") && html.substring(from, close).contains("<!--"))) {
      // "<!--" in a script switches the tokenizer into escaped states this scan does not follow.
      return UNSURE_HERE;
    }
    return tagEnd(close + 2 + name.length());
  }

  /** Where {@code </name} followed by space, '/' or '>' starts, from {@code from}; -1 when there is none. */
  private int endTag(String name, int from) {
    for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
      int after = i + 2 + name.length();
      if (after < length && html.regionMatches(true, i + 2, name, 0, name.length())
          && (isTagSpace(html.charAt(after)) || html.charAt(after) == '/' || html.charAt(after) == '>')) {
        return i;
      }
    }
    return UNSURE_HERE;
  }

  private String asciiLower(int from, int to) {
    char[] name = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = html.charAt(i);
      name[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(name);
  }

  private static boolean isTagSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
