package io.newsflow.ingest.publisher;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.ingest.intake.Article;
import io.newsflow.ingest.intake.Rejection;
import java.time.Instant;
import java.util.List;

/** The ops events ingest writes: one per article handed to it, whatever became of it. */
final class IngestEvents {
  /** Reason code of an article that passed intake but that Kafka did not acknowledge. */
  static final String DELIVERY_FAILED = "delivery_failed";

  private IngestEvents() {}

  /** Latency is 0 by definition: ingest is where an article's clock starts. */
  static OpsEvent accepted(Article article, Instant now) {
    return event(article.id(), article.source(), Outcome.ACCEPTED, null, now);
  }

  static OpsEvent rejected(Rejection rejection, Instant now) {
    return event(rejection.articleId(), rejection.source(), Outcome.REJECTED, rejection.describe(), now);
  }

  static OpsEvent duplicate(Article article, Instant now) {
    return event(article.id(), article.source(), Outcome.DUPLICATE, "the same article id was sent twice in one run", now);
  }

  static OpsEvent deliveryFailed(Article article, Throwable cause, Instant now) {
    return event(article.id(), article.source(), Outcome.REJECTED, DELIVERY_FAILED + ": " + cause.getMessage(), now);
  }

  /**
   * The all-arguments constructor, not the builder: the builder deep-copies each field left at its schema
   * default (the entities array) from a cache keyed by a schema hash it recomputes, once per event.
   */
  private static OpsEvent event(String articleId, String source, Outcome outcome, String reason, Instant now) {
    return new OpsEvent(articleId, source, Stage.INGEST, outcome, reason, List.of(), 0L, now);
  }
}
