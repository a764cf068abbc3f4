package io.newsflow.enrich.entity;

/** A surface form of an entity at [start, end) in the article text (UTF-16 offsets). */
public record Mention(String text, int start, int end) {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") for '" + text + "'");
    }
  }
}
