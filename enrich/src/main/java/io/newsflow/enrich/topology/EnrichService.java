package io.newsflow.enrich.topology;

import io.newsflow.avro.Stage;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.record.NewsArticleMapper;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.runtime.StreamsService;
import io.newsflow.service.serde.SizeLimit;
import io.newsflow.service.runtime.StreamsSettings;
import io.newsflow.service.topics.NewsTopics;
import java.time.Clock;

/** Wires config to the enrich topology and starts it. */
public final class EnrichService {
  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

  private EnrichService() {}

  public static StreamsService start(NewsflowConfig config) {
    return StreamsService.start("enrich", config,
        EnrichTopology.build(NewsTopics.from(config), SizeLimit.serdeConfig(config), enrichment(), Clock.systemUTC()),
        StreamsSettings.of(config, DEFAULT_APPLICATION_ID, Stage.ENRICH));
  }

  /** The rule-based enricher, built once: it is thread-safe and its data files load at construction. */
  public static Enrichment enrichment() {
    ArticleEnricher enricher = new ArticleEnricher();
    return raw -> NewsArticleMapper.toNewsArticle(raw, enricher.enrich(raw.getText(), raw.getContentType()));
  }
}
