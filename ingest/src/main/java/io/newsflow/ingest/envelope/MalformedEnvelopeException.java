package io.newsflow.ingest.envelope;

/** JSON that is not a newsflow envelope: broken JSON, a wrong field, a missing body. */
public final class MalformedEnvelopeException extends Exception {
  public MalformedEnvelopeException(String message) {
    super(message);
  }
}
