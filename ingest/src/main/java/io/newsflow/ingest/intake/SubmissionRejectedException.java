package io.newsflow.ingest.intake;

/** Thrown (or completes a future exceptionally) when an article breaks an intake rule. */
public final class SubmissionRejectedException extends Exception {
  private final transient Rejection rejection;

  public SubmissionRejectedException(Rejection rejection) {
    super(rejection.describe());
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
