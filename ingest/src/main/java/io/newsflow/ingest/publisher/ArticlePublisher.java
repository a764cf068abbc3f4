package io.newsflow.ingest.publisher;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.ingest.intake.Article;
import io.newsflow.ingest.intake.Intake;
import io.newsflow.ingest.intake.Rejection;
import io.newsflow.ingest.intake.Submission;
import io.newsflow.ingest.intake.SubmissionRejectedException;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts articles on the raw topic ({@code news.raw.v1}), keyed by article id, for newsroom systems
 * that embed newsflow, and underneath the CLI and the HTTP service. Thread-safe; one per process is
 * enough. Configure it like a Kafka producer:
 * <pre>{@code
 * Properties props = new Properties();
 * props.put("bootstrap.servers", "kafka:9092");
 * props.put("schema.registry.url", "http://registry:8081");
 * try (ArticlePublisher publisher = ArticlePublisher.create(props)) {
 *   Receipt receipt = publisher.send(Submission.text("wp.pl", "Sejm uchwalił…")).join();
 * }
 * }</pre>
 *
 * <p>Every article handed over ends in exactly one of: a {@link Receipt} once Kafka acknowledged it;
 * a {@link SubmissionRejectedException} when it broke an intake rule; a {@link DeliveryFailedException}
 * when Kafka did not take it. Each outcome is also written as an ops event to
 * {@code news.ops.events.v1}. Futures complete on the producer's I/O thread: keep what you chain on
 * them short, or use the {@code *Async} variants.
 */
public final class ArticlePublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<String, SpecificRecord> producer;
  private final String rawTopic;
  private final String opsTopic;
  private final Intake intake;
  private final Clock clock;
  private final IngestMeters meters = new IngestMeters();
  // Ops events are sent off the producer's I/O thread: send() there could block on metadata the
  // same thread has to fetch.
  private final ExecutorService opsSender = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "newsflow-ingest-ops-events");
    thread.setDaemon(true);
    return thread;
  });
  private volatile KafkaClientMetrics kafkaMetrics;
  private volatile boolean closed;

  /** For callers that bring their own producer (tests use a MockProducer); the publisher closes it. */
  public ArticlePublisher(Producer<String, SpecificRecord> producer, String rawTopic, String opsTopic,
      Intake intake, Clock clock) {
    this.producer = producer;
    this.rawTopic = rawTopic;
    this.opsTopic = opsTopic;
    this.intake = intake;
    this.clock = clock;
  }

  public static ArticlePublisher create(NewsflowConfig config) {
    PublisherSettings settings = PublisherSettings.from(config);
    SpecificAvroSerializer<SpecificRecord> values = new SpecificAvroSerializer<>();
    values.configure(settings.serdeProperties(), false);
    KafkaProducer<String, SpecificRecord> producer =
        new KafkaProducer<>(settings.producerProperties(), new StringSerializer(), values);
    return new ArticlePublisher(producer, settings.rawTopic(), settings.opsTopic(),
        new Intake(settings.limits()), Clock.systemUTC());
  }

  /** See {@link PublisherSettings#configFrom(Properties)} for which keys mean what. */
  public static ArticlePublisher create(Properties properties) {
    return create(PublisherSettings.configFrom(properties));
  }

  /** The rules this publisher applies; callers that need the id before sending admit first. */
  public Intake intake() {
    return intake;
  }

  /** Checks the submission against the intake rules and sends it. */
  public CompletableFuture<Receipt> send(Submission submission) {
    Article article;
    try {
      article = intake.admit(submission);
    } catch (SubmissionRejectedException e) {
      reportRejection(e.rejection());
      return CompletableFuture.failedFuture(e);
    }
    return send(article);
  }

  /** Sends an article that already passed {@link Intake#admit}. */
  public CompletableFuture<Receipt> send(Article article) {
    CompletableFuture<Receipt> receipt = new CompletableFuture<>();
    if (closed) {
      fail(article, new IllegalStateException("the publisher is closed"), receipt);
      return receipt;
    }
    long started = System.nanoTime();
    try {
      producer.send(new ProducerRecord<>(rawTopic, article.id(), toRecord(article)), (metadata, error) -> {
        if (error != null) {
          fail(article, error, receipt);
        } else {
          acknowledged(article, metadata, Duration.ofNanos(System.nanoTime() - started), receipt);
        }
      });
    } catch (RuntimeException e) {
      // Thrown rather than passed to the callback: serialization (registry down), closed producer,
      // buffer full past max.block.ms.
      fail(article, e, receipt);
    }
    return receipt;
  }

  /** Counts and records an article refused before it reached Kafka. */
  public void reportRejection(Rejection rejection) {
    meters.rejected(rejection.reason());
    emit(rejection.articleId(), IngestEvents.rejected(rejection, clock.instant()));
  }

  /** Counts and records an article skipped because its id was already sent in the same run. */
  public void reportDuplicate(Article article) {
    meters.duplicate();
    emit(article.id(), IngestEvents.duplicate(article, clock.instant()));
  }

  /** Adds ingest counters, the acknowledgement timer and the Kafka producer's own metrics to a registry. */
  public void bindMetrics(MeterRegistry registry) {
    meters.attach(registry);
    KafkaClientMetrics metrics = new KafkaClientMetrics(producer);
    metrics.bindTo(registry);
    kafkaMetrics = metrics;
  }

  /** Blocks until every article sent so far is acknowledged or has failed. */
  public void flush() {
    producer.flush();
  }

  /** Flushes in-flight articles and their ops events, then closes the producer. */
  @Override
  public void close() {
    close(CLOSE_TIMEOUT);
  }

  public synchronized void close(Duration timeout) {
    if (closed) {
      return;
    }
    closed = true;
    try {
      producer.flush();
      opsSender.shutdown();
      if (!opsSender.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("ops events still queued after {}; closing without them", timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("interrupted while flushing ops events; closing the producer now");
    } finally {
      producer.close(timeout);
      KafkaClientMetrics metrics = kafkaMetrics;
      if (metrics != null) {
        metrics.close();
      }
    }
  }

  private void acknowledged(Article article, RecordMetadata metadata, Duration latency, CompletableFuture<Receipt> receipt) {
    meters.accepted(latency);
    emit(article.id(), IngestEvents.accepted(article, clock.instant()));
    receipt.complete(new Receipt(article.id(), metadata.partition(), metadata.offset()));
  }

  private void fail(Article article, Throwable error, CompletableFuture<Receipt> receipt) {
    meters.deliveryFailed();
    LOG.warn("article {} from {} was not delivered: {}", article.id(), article.source(), error.toString());
    emit(article.id(), IngestEvents.deliveryFailed(article, error, clock.instant()));
    receipt.completeExceptionally(new DeliveryFailedException(article.id(), error));
  }

  private void emit(String key, OpsEvent event) {
    try {
      opsSender.execute(() -> sendOpsEvent(key, event));
    } catch (RejectedExecutionException e) {
      LOG.warn("publisher closing; ops event {} {} for article {} not sent", event.getOutcome(), event.getReason(), key);
    }
  }

  private void sendOpsEvent(String key, OpsEvent event) {
    try {
      producer.send(new ProducerRecord<>(opsTopic, key, event), (metadata, error) -> {
        if (error != null) {
          LOG.warn("ops event {} for article {} not delivered: {}", event.getOutcome(), key, error.toString());
        }
      });
    } catch (RuntimeException e) {
      LOG.warn("ops event {} for article {} not sent: {}", event.getOutcome(), key, e.toString());
    }
  }

  /** The all-arguments constructors: every field is set, so the builders' per-field checks add nothing. */
  private RawArticle toRecord(Article article) {
    Source source = new Source(article.source(), article.url(), article.sourceId());
    return new RawArticle(article.id(), source, clock.instant(), article.contentType(), article.text(), article.metadata());
  }
}
