package io.newsflow.publish.topology;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.internal.ArticleVersion;
import io.newsflow.publish.versioning.Decision;
import io.newsflow.publish.versioning.Versioning;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Looks up what was last published under the article id, lets {@link Versioning} decide, and
 * remembers a new version. The store is changelogged and, under exactly-once, its update commits
 * together with the published article, so a restarted or moved instance neither loses nor
 * repeats a version.
 */
final class VersioningProcessor implements FixedKeyProcessor<String, NewsArticle, Decision> {
  private final String storeName;
  private final Clock clock;
  private FixedKeyProcessorContext<String, Decision> context;
  private KeyValueStore<String, ArticleVersion> versions;

  VersioningProcessor(String storeName, Clock clock) {
    this.storeName = storeName;
    this.clock = clock;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Decision> context) {
    this.context = context;
    this.versions = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, NewsArticle> record) {
    Decision decision = Versioning.decide(versions.get(record.key()), record.value(), clock.instant());
    if (decision instanceof Decision.Publish publish) {
      versions.put(record.key(), publish.version());
    }
    context.forward(record.withValue(decision));
  }
}
