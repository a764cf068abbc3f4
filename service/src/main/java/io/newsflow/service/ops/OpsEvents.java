package io.newsflow.service.ops;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The ops event for each thing that can happen to an article at a stage. */
public final class OpsEvents {
  private OpsEvents() {}

  public static OpsEvent of(String articleId, String source, Stage stage, Outcome outcome, String reason,
                            Instant receivedAt, Instant now, List<String> entities) {
    long latency = receivedAt == null ? 0 : Math.max(0, Duration.between(receivedAt, now).toMillis());
    return OpsEvent.newBuilder()
        .setArticleId(articleId)
        .setSource(source)
        .setStage(stage)
        .setOutcome(outcome)
        .setReason(reason)
        .setEntities(entities)
        .setLatencyMs(latency)
        .setTime(now)
        .build();
  }

  public static OpsEvent rejected(String articleId, String source, Stage stage, String reason, Instant now) {
    return of(articleId, source, stage, Outcome.REJECTED, reason, null, now, List.of());
  }
}
