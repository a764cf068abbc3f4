package io.newsflow.ingest.identity;

/** A URL that cannot identify an article: not absolute, no host, or not parseable. */
public final class InvalidUrlException extends Exception {
  public InvalidUrlException(String message) {
    super(message);
  }
}
