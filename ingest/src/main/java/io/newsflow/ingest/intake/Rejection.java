package io.newsflow.ingest.intake;

/**
 * An article newsflow refused, and why.
 *
 * @param articleId the id when the source id or URL already decide it, else null
 * @param source the source name as sent, or null
 */
public record Rejection(Reason reason, String message, String articleId, String source) {
  public Rejection {
    if (reason == null || message == null) {
      throw new IllegalArgumentException("a rejection needs a reason and a message");
    }
  }

  public static Rejection of(Reason reason, String message) {
    return new Rejection(reason, message, null, null);
  }

  /** {@code code: message}, as written to ops events and summaries. */
  public String describe() {
    return reason.code() + ": " + message;
  }
}
