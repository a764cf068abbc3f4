package io.newsflow.enrich.quote;

import java.util.Objects;

/** Direct speech and the canonical name of its speaker (null when the text does not say). */
public record Quote(String text, String speaker) {
  public Quote {
    Objects.requireNonNull(text, "text");
  }
}
