package io.newsflow.ingest.encoding;

/** The bytes cannot be turned into text without guessing or replacing characters. */
public final class UndecodableTextException extends Exception {
  /** Why: the charset is unknown to this JVM, or the bytes are not valid in it. */
  public enum Kind { UNSUPPORTED_CHARSET, INVALID_BYTES }

  private final Kind kind;

  public UndecodableTextException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
