package io.newsflow.publish.topology;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.internal.ArticleVersion;
import io.newsflow.publish.versioning.Decision;
import io.newsflow.publish.versioning.VersionRetention;
import io.newsflow.publish.versioning.Versioning;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Looks up what was last published under the article id, lets {@link Versioning} decide, and
 * remembers a new version. The store is changelogged and, under exactly-once, its update commits
 * together with the published article, so a restarted or moved instance neither loses nor
 * repeats a version.
 *
 * <p>A new version is serialized for its sink first ({@code writable}) and remembered only then: an
 * output the sink would refuse (too large) fails here and is dead-lettered with nothing remembered,
 * instead of leaving a version that was never written and would turn later re-sends into duplicates.
 * Ids not seen for the retention are swept out on a wall-clock schedule, which bounds the store.
 */
final class VersioningProcessor implements FixedKeyProcessor<String, NewsArticle, Decision> {
  private final String storeName;
  private final Clock clock;
  private final UnaryOperator<NewsArticle> writable;
  private final VersionRetention retention;
  private FixedKeyProcessorContext<String, Decision> context;
  private KeyValueStore<String, ArticleVersion> versions;

  VersioningProcessor(String storeName, Clock clock, UnaryOperator<NewsArticle> writable, VersionRetention retention) {
    this.storeName = storeName;
    this.clock = clock;
    this.writable = writable;
    this.retention = retention;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Decision> context) {
    this.context = context;
    this.versions = context.getStateStore(storeName);
    context.schedule(retention.sweepEvery(), PunctuationType.WALL_CLOCK_TIME, this::forgetStale);
  }

  @Override
  public void process(FixedKeyRecord<String, NewsArticle> record) {
    ArticleVersion previous = versions.get(record.key());
    Decision decision = Versioning.decide(previous, record.value(), clock.instant());
    if (decision instanceof Decision.Publish publish) {
      writable.apply(publish.article());
      versions.put(record.key(), publish.version());
    } else {
      Versioning.seenAgain(previous, decision.decidedAt()).ifPresent(seen -> versions.put(record.key(), seen));
    }
    context.forward(record.withValue(decision));
  }

  private void forgetStale(long wallClockMs) {
    Instant now = Instant.ofEpochMilli(wallClockMs);
    List<String> stale = new ArrayList<>();
    try (KeyValueIterator<String, ArticleVersion> all = versions.all()) {
      while (all.hasNext()) {
        KeyValue<String, ArticleVersion> entry = all.next();
        if (Versioning.expired(entry.value, now, retention.retention())) {
          stale.add(entry.key);
        }
      }
    }
    stale.forEach(versions::delete);
  }
}
