package io.newsflow.enrich.structure;

import java.util.Objects;

/** One block of the article body, in reading order. */
public record Block(BlockType type, String text) {
  public Block {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }
}
