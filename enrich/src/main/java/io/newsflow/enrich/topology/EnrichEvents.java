package io.newsflow.enrich.topology;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.service.ops.OpsEvents;
import java.time.Instant;
import java.util.List;

/** Ops events of the enrich stage. */
final class EnrichEvents {
  private EnrichEvents() {}

  static OpsEvent enriched(NewsArticle article, Instant now) {
    return OpsEvents.of(article.getId(), article.getSource().getName(), Stage.ENRICH, Outcome.ENRICHED, null,
        article.getTimes().getIngested(), now, List.of());
  }
}
