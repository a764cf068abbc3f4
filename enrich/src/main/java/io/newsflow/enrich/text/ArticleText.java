package io.newsflow.enrich.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a published record carries, and the one all mention offsets point into: headline, lead
 * (if any) and each body block's text joined with a blank line ("\n\n"), in that order. Consumers
 * rebuild it from the record's own fields, so this definition must not change silently.
 */
public record ArticleText(String text, List<Span> parts) {
  public static final String SEPARATOR = "\n\n";

  /** Where one part (headline, lead or a body block) sits in the joined text. */
  public record Span(int start, int end, Kind kind) {}

  public enum Kind { HEADLINE, LEAD, BODY }

  public ArticleText {
    parts = List.copyOf(parts);
  }

  public static ArticleText of(String headline, String lead, List<String> bodyTexts) {
    StringBuilder out = new StringBuilder();
    List<Span> parts = new ArrayList<>();
    append(out, parts, headline, Kind.HEADLINE);
    if (lead != null) {
      append(out, parts, lead, Kind.LEAD);
    }
    for (String block : bodyTexts) {
      append(out, parts, block, Kind.BODY);
    }
    return new ArticleText(out.toString(), parts);
  }

  private static void append(StringBuilder out, List<Span> parts, String text, Kind kind) {
    if (!parts.isEmpty()) {
      out.append(SEPARATOR);
    }
    int start = out.length();
    out.append(text);
    parts.add(new Span(start, out.length(), kind));
  }
}
