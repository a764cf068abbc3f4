package io.newsflow.bench.e2e;

import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.bench.e2e.ArticleFactory.GeneratedArticle;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends raw articles at a fixed rate, each with a new id (so that publish sees a new article, not
 * a duplicate) and with its send time as record timestamp and {@code receivedAt}: the ingest time
 * that latency is measured from.
 */
final class RateSender implements AutoCloseable {
  private final KafkaProducer<String, RawArticle> producer;
  private final String topic;
  private final List<GeneratedArticle> articles;
  private int next;
  private long sent;

  RateSender(String bootstrap, String registryUrl, String topic, List<GeneratedArticle> articles) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    SpecificAvroSerializer<RawArticle> values = new SpecificAvroSerializer<>();
    values.configure(Map.of("schema.registry.url", registryUrl), false);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), values);
    this.topic = topic;
    this.articles = articles;
  }

  /** Sends {@code rate} articles a second for {@code seconds}, on schedule (no catching up in bursts beyond it). */
  void run(int rate, int seconds) {
    long start = System.nanoTime();
    long total = (long) rate * seconds;
    for (long i = 0; i < total; i++) {
      long due = start + i * 1_000_000_000L / rate;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      send();
    }
  }

  private void send() {
    GeneratedArticle article = articles.get(next++ % articles.size());
    String id = UUID.randomUUID().toString().replace("-", "");
    long now = System.currentTimeMillis();
    RawArticle raw = RawArticle.newBuilder()
        .setId(id)
        .setSource(Source.newBuilder().setName("bench").setUrl(article.url() + "?v=" + sent).setSourceId(null).build())
        .setReceivedAt(Instant.ofEpochMilli(now))
        .setContentType(article.contentType())
        .setText(article.text())
        .setMetadata(Map.of())
        .build();
    producer.send(new ProducerRecord<>(topic, null, now, id, raw));
    sent++;
  }

  long sent() {
    return sent;
  }

  @Override
  public void close() {
    producer.close();
  }
}
