package io.newsflow.ingest.intake;

import java.util.Locale;

/** Why an article was refused. The code is what ops events, metrics and HTTP errors carry. */
public enum Reason {
  EMPTY,
  NO_WORDS,
  TOO_LARGE,
  INVALID_ENCODING,
  UNSUPPORTED_CHARSET,
  UNSUPPORTED_CONTENT_TYPE,
  MISSING_SOURCE,
  INVALID_URL,
  INVALID_METADATA,
  MALFORMED_ENVELOPE;

  /** Lower-case code, e.g. {@code too_large}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
