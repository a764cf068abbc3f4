package io.newsflow.publish.topology;

import io.newsflow.avro.EntityMention;
import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.OpsMetrics;
import io.newsflow.avro.internal.ArticleVersion;
import io.newsflow.avro.internal.SourceWindow;
import io.newsflow.publish.entities.EntityMentions;
import io.newsflow.publish.metrics.MetricsSettings;
import io.newsflow.publish.metrics.SourceWindows;
import io.newsflow.publish.versioning.Decision;
import io.newsflow.publish.versioning.VersionRetention;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import io.newsflow.schemas.serde.TrustedRecords;
import io.newsflow.service.serde.SizeLimit;
import io.newsflow.service.topics.NewsTopics;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * enriched article → versioned public article, its entity mentions and a PUBLISHED or DUPLICATE
 * ops event; and, as a separate sub-topology, ops events of every stage → per-source window figures.
 * The ops events topic is both written and read here: the metrics read it back like any other
 * consumer, so they also see the events of ingest, enrich and the dead-letter handler.
 */
public final class PublishTopology {
  /** Per article id, what was last published (a changelogged store). */
  public static final String ARTICLE_VERSIONS = "article-versions";
  /** Per source and window, the running figures (bounded: see SourceWindows). */
  public static final String SOURCE_WINDOWS = "source-windows";

  static {
    // Before any serde of this topology reads a store value of io.newsflow.avro.internal.
    TrustedRecords.install();
  }

  private PublishTopology() {}

  public static Topology build(NewsTopics topics, Map<String, Object> serdeConfig, Clock clock) {
    return build(topics, serdeConfig, clock, MetricsSettings.defaults());
  }

  public static Topology build(NewsTopics topics, Map<String, Object> serdeConfig, Clock clock,
                               MetricsSettings metrics) {
    return build(topics, serdeConfig, clock, metrics, VersionRetention.defaults());
  }

  public static Topology build(NewsTopics topics, Map<String, Object> serdeConfig, Clock clock,
                               MetricsSettings metrics, VersionRetention retention) {
    Serde<String> ids = Serdes.String();
    // Versioning checks a new version against the sink's limit before remembering it; the sink sends those bytes.
    SizeLimit.Checked<NewsArticle> checked = SizeLimit.checkedOnce(topics.articles(), SpecificAvroSerde.forValues(serdeConfig),
        SizeLimit.maxValueBytes(serdeConfig));
    Serde<NewsArticle> articles = checked.serde();
    UnaryOperator<NewsArticle> writable = checked::writable;
    Serde<EntityMention> mentions = SpecificAvroSerde.forValues(serdeConfig);
    Serde<OpsEvent> events = SpecificAvroSerde.forValues(serdeConfig);
    Serde<OpsMetrics> figures = SpecificAvroSerde.forValues(serdeConfig);
    Serde<ArticleVersion> versions = SpecificAvroSerde.forValues(serdeConfig);
    Serde<SourceWindow> windows = SpecificAvroSerde.forValues(serdeConfig);

    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(ARTICLE_VERSIONS), ids, versions));

    KStream<String, Decision> decisions = builder
        .stream(topics.enriched(), Consumed.with(ids, articles).withName("enriched-articles"))
        .processValues(() -> new VersioningProcessor(ARTICLE_VERSIONS, clock, writable, retention), Named.as("versioning"),
            ARTICLE_VERSIONS);
    KStream<String, NewsArticle> published = decisions
        .flatMapValues(Decision::publishedArticle, Named.as("new-versions"));
    published.to(topics.articles(), Produced.with(ids, articles).withName("public-articles"));
    published
        .flatMapValues(EntityMentions::of, Named.as("entity-mentions"))
        .selectKey((id, mention) -> mention.getEntityName(), Named.as("by-entity-name"))
        .to(topics.entities(), Produced.with(ids, mentions).withName("public-entity-mentions"));
    decisions
        .mapValues(PublishEvents::of, Named.as("publish-event"))
        .to(topics.opsEvents(), Produced.with(ids, events).withName("publish-ops-events"));

    builder
        .stream(topics.opsEvents(), Consumed.with(ids, events)
            .withTimestampExtractor(new OpsEventTime()).withName("ops-events"))
        .groupBy((id, event) -> SourceWindows.sourceOf(event), Grouped.with("by-source", ids, events))
        .windowedBy(TimeWindows.ofSizeAndGrace(metrics.window(), metrics.grace()))
        .aggregate(SourceWindows::empty,
            (source, event, running) -> SourceWindows.add(running, event, metrics.entityCapacity()),
            Named.as("count-source-window"),
            Materialized.<String, SourceWindow, WindowStore<Bytes, byte[]>>as(SOURCE_WINDOWS)
                .withKeySerde(ids).withValueSerde(windows))
        // One record per source and window, once no late event can change it any more.
        .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName("closed-windows"))
        .toStream(Named.as("window-closed"))
        .map((window, running) -> report(window, running, metrics), Named.as("source-metrics"))
        .to(topics.opsMetrics(), Produced.with(ids, figures).withName("ops-metrics"));
    return builder.build();
  }

  private static KeyValue<String, OpsMetrics> report(Windowed<String> window, SourceWindow running,
                                                     MetricsSettings metrics) {
    return KeyValue.pair(SourceWindows.key(window.key(), window.window().startTime()), SourceWindows.report(window.key(), window.window().startTime(),
        window.window().endTime(), running, metrics.topEntities()));
  }
}
