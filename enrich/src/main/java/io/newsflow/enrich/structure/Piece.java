package io.newsflow.enrich.structure;

/**
 * A line of the raw article before it is given its role. {@code group} numbers the paragraphs of
 * the source (lines between blank lines, or one HTML element); {@code hint} is what the markup
 * already told us, NONE for plain text.
 */
public record Piece(String text, int group, Hint hint) {
  public enum Hint { NONE, SECTION, HEADLINE, LEAD, PARAGRAPH, SUBHEADING, QUOTE }
}
