package io.newsflow.publish.topology;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.publish.entities.EntityMentions;
import io.newsflow.publish.versioning.Decision;
import io.newsflow.service.ops.OpsEvents;
import java.util.List;

/** Ops events of the publish stage: one per article read, PUBLISHED or DUPLICATE. */
final class PublishEvents {
  private PublishEvents() {}

  static OpsEvent of(Decision decision) {
    NewsArticle incoming = decision.incoming();
    String source = incoming.getSource().getName();
    if (decision instanceof Decision.Duplicate duplicate) {
      return OpsEvents.of(incoming.getId(), source, Stage.PUBLISH, Outcome.DUPLICATE, duplicate.reason(),
          incoming.getTimes().getIngested(), decision.decidedAt(), List.of());
    }
    // Latency runs from acceptance of the raw article to publication: what a reader waits.
    return OpsEvents.of(incoming.getId(), source, Stage.PUBLISH, Outcome.PUBLISHED, null,
        incoming.getTimes().getIngested(), decision.decidedAt(), EntityMentions.names(incoming));
  }
}
