package io.newsflow.enrich.topology;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.RawArticle;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import io.newsflow.service.serde.SizeLimit;
import io.newsflow.service.topics.NewsTopics;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * raw article → enriched article, plus an ops event for each. Articles that cannot be read or
 * enriched, or whose enriched record would be too large to write, never stop the stage: Kafka
 * Streams hands them to the dead-letter handler configured in
 * {@link io.newsflow.service.runtime.StreamsSettings}.
 */
public final class EnrichTopology {
  private EnrichTopology() {}

  public static Topology build(NewsTopics topics, Map<String, ?> serdeConfig, Enrichment enrichment, Clock clock) {
    Serde<String> ids = Serdes.String();
    Serde<RawArticle> rawArticles = SpecificAvroSerde.forValues(serdeConfig);
    SizeLimit.Checked<NewsArticle> articles = SizeLimit.checkedOnce(topics.enriched(), SpecificAvroSerde.forValues(serdeConfig),
        SizeLimit.maxValueBytes(serdeConfig));
    Serde<OpsEvent> events = SpecificAvroSerde.forValues(serdeConfig);

    StreamsBuilder builder = new StreamsBuilder();
    // One outcome per article: an enriched article its sink would refuse fails here, before the fork, so it
    // gets only the dead-letter handler's REJECTED event and never an ENRICHED one as well. The sink then
    // sends the bytes this check made.
    KStream<String, NewsArticle> enriched = builder
        .stream(topics.raw(), Consumed.with(ids, rawArticles).withName("raw-articles"))
        .mapValues(enrichment::enrich, Named.as("enrich"))
        .mapValues(articles::writable, Named.as("writable-enriched"));
    enriched.to(topics.enriched(), Produced.with(ids, articles.serde()).withName("enriched-articles"));
    enriched
        .mapValues(article -> EnrichEvents.enriched(article, clock.instant()), Named.as("enriched-event"))
        .to(topics.opsEvents(), Produced.with(ids, events).withName("enrich-ops-events"));
    return builder.build();
  }
}
