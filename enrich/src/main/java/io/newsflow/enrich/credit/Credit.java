package io.newsflow.enrich.credit;

import java.util.Objects;

/**
 * A picture credit as printed ({@code creditLine}), split into the agency or copyright holder
 * ({@code provider}) and the photographer ({@code creator}), with the caption printed before it.
 */
public record Credit(String caption, String creditLine, String provider, String creator) {
  public Credit {
    Objects.requireNonNull(creditLine, "creditLine");
  }

  public Credit withCaption(String newCaption) {
    return new Credit(newCaption, creditLine, provider, creator);
  }
}
