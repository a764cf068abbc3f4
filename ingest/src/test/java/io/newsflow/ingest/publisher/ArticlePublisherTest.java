package io.newsflow.ingest.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Stage;
import io.newsflow.ingest.intake.Intake;
import io.newsflow.ingest.intake.IntakeLimits;
import io.newsflow.ingest.intake.Reason;
import io.newsflow.ingest.intake.Submission;
import io.newsflow.ingest.intake.SubmissionRejectedException;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.serde.SerdeConfig;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
  private final MockSchemaRegistry registry = MockSchemaRegistry.forScope("ArticlePublisherTest");
  private final MockProducer<String, SpecificRecord> producer = new MockProducer<>(false, null, new StringSerializer(),
      new SpecificAvroSerializer<>(registry, new SerdeConfig("mock://ArticlePublisherTest", null, true, false, true), false));
  private final ArticlePublisher publisher = new ArticlePublisher(producer, Topics.RAW, Topics.OPS_EVENTS,
      new Intake(IntakeLimits.DEFAULTS), Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void close() {
    publisher.close();
    MockSchemaRegistry.drop("ArticlePublisherTest");
  }

  @Test
  void sendsTheArticleKeyedByIdAndCompletesWithItsOffset() throws Exception {
    CompletableFuture<Receipt> receipt = publisher.send(Submission.builder().source("wp.pl").url("https://wp.pl/a")
        .contentType("text/html").text("<p>Sejm</p>").metadata("author", "Anna").build());
    assertThat(receipt).isNotDone();
    producer.completeNext();

    Receipt done = receipt.get();
    ProducerRecord<String, SpecificRecord> sent = producer.history().get(0);
    assertThat(sent.topic()).isEqualTo(Topics.RAW);
    assertThat(sent.key()).isEqualTo(done.articleId());
    RawArticle article = (RawArticle) sent.value();
    assertThat(article.getId()).isEqualTo(done.articleId());
    assertThat(article.getSource().getName()).isEqualTo("wp.pl");
    assertThat(article.getSource().getUrl()).isEqualTo("https://wp.pl/a");
    assertThat(article.getText()).isEqualTo("<p>Sejm</p>");
    assertThat(article.getContentType()).isEqualTo("text/html");
    assertThat(article.getMetadata()).containsEntry("author", "Anna");
    assertThat(article.getReceivedAt()).isEqualTo(NOW);
    assertThat(done.partition()).isZero();
  }

  @Test
  void reportsAnAcceptedOpsEventOnceAcknowledged() {
    Receipt receipt = sendAndAcknowledge(Submission.text("wp.pl", "Sejm uchwalił ustawę."));
    publisher.close();

    OpsEvent event = opsEvents().get(0);
    assertThat(event.getOutcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(event.getStage()).isEqualTo(Stage.INGEST);
    assertThat(event.getArticleId()).isEqualTo(receipt.articleId());
    assertThat(event.getSource()).isEqualTo("wp.pl");
    assertThat(event.getLatencyMs()).isZero();
  }

  @Test
  void rejectsWithoutSendingAndReportsTheReason() {
    CompletableFuture<Receipt> receipt = publisher.send(Submission.text("wp.pl", ""));
    assertThatThrownBy(receipt::join).hasCauseInstanceOf(SubmissionRejectedException.class);
    publisher.close();

    assertThat(producer.history()).extracting(ProducerRecord::topic).containsExactly(Topics.OPS_EVENTS);
    OpsEvent event = opsEvents().get(0);
    assertThat(event.getOutcome()).isEqualTo(Outcome.REJECTED);
    assertThat(event.getStage()).isEqualTo(Stage.INGEST);
    assertThat(event.getReason()).startsWith("empty: ");
    assertThat(event.getSource()).isEqualTo("wp.pl");
  }

  @Test
  void reportsDeliveryFailurePerArticle() {
    CompletableFuture<Receipt> ok = publisher.send(Submission.text("wp.pl", "first"));
    CompletableFuture<Receipt> lost = publisher.send(Submission.text("wp.pl", "second"));
    producer.completeNext();
    producer.errorNext(new NotEnoughReplicasException("only 1 of 3 replicas in sync"));

    assertThat(ok).isCompleted();
    assertThatThrownBy(lost::join).isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(DeliveryFailedException.class).hasMessageContaining("only 1 of 3 replicas");
    publisher.close();
    assertThat(opsEvents()).extracting(OpsEvent::getOutcome).containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.REJECTED);
    assertThat(opsEvents()).filteredOn(e -> e.getOutcome() == Outcome.REJECTED)
        .singleElement().satisfies(e -> assertThat(e.getReason()).startsWith("delivery_failed: "));
  }

  @Test
  void closeFlushesInFlightArticles() {
    CompletableFuture<Receipt> receipt = publisher.send(Submission.text("wp.pl", "in flight"));
    publisher.close();
    assertThat(receipt).isCompleted();
    assertThat(producer.closed()).isTrue();
    assertThat(opsEvents()).extracting(OpsEvent::getOutcome).containsExactly(Outcome.ACCEPTED);
  }

  @Test
  void sendAfterCloseFailsInsteadOfDropping() {
    publisher.close();
    CompletableFuture<Receipt> receipt = publisher.send(Submission.text("wp.pl", "late"));
    assertThatThrownBy(receipt::join).cause().isInstanceOf(DeliveryFailedException.class).hasMessageContaining("closed");
  }

  @Test
  void countsAcceptedAndRejectedByReason() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    publisher.bindMetrics(meters);
    sendAndAcknowledge(Submission.text("wp.pl", "fine"));
    publisher.send(Submission.text(null, "no source"));
    publisher.send(Submission.text("wp.pl", " "));
    publisher.send(Submission.text("wp.pl", "\t"));

    assertThat(meters.get("newsflow.ingest.articles.accepted").counter().count()).isEqualTo(1);
    assertThat(meters.get("newsflow.ingest.articles.rejected").tag("reason", Reason.EMPTY.code()).counter().count()).isEqualTo(2);
    assertThat(meters.get("newsflow.ingest.articles.rejected").tag("reason", Reason.MISSING_SOURCE.code()).counter().count()).isEqualTo(1);
    assertThat(meters.get("newsflow.ingest.ack.latency").timer().count()).isEqualTo(1);
  }

  private Receipt sendAndAcknowledge(Submission submission) {
    CompletableFuture<Receipt> receipt = publisher.send(submission);
    producer.completeNext();
    return receipt.join();
  }

  private List<OpsEvent> opsEvents() {
    return producer.history().stream().filter(r -> r.topic().equals(Topics.OPS_EVENTS)).map(r -> (OpsEvent) r.value()).toList();
  }
}
