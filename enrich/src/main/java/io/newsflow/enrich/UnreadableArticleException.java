package io.newsflow.enrich;

/** The raw article has no readable story in it (empty, only markup, only page furniture). */
public class UnreadableArticleException extends RuntimeException {
  public UnreadableArticleException(String message) {
    super(message);
  }

  public UnreadableArticleException(String message, Throwable cause) {
    super(message, cause);
  }
}
