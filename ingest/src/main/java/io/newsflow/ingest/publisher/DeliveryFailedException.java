package io.newsflow.ingest.publisher;

/**
 * Kafka did not acknowledge an article: the broker was unreachable or refused it, the schema registry
 * failed, or the publisher was closed. The article is not on the topic; sending it again is safe,
 * because it keeps its id and the producer is idempotent.
 */
public final class DeliveryFailedException extends RuntimeException {
  private final String articleId;

  public DeliveryFailedException(String articleId, Throwable cause) {
    super("article " + articleId + " was not acknowledged by Kafka: " + describe(cause), cause);
    this.articleId = articleId;
  }

  public String articleId() {
    return articleId;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
