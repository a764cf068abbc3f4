package io.newsflow.ingest.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.RawArticle;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.ingest.KafkaTestSupport;
import io.newsflow.ingest.intake.Submission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class ArticlePublisherIntegrationTest {
  private static final int THREADS = 4;
  private static final int PER_THREAD = 250;

  @Test
  void concurrentSendsLoseNothing(EmbeddedStack stack) throws Exception {
    String raw = "publisher-it.raw";
    String ops = "publisher-it.ops";
    KafkaTestSupport.createTopics(stack, raw, ops);

    List<Receipt> receipts = new ArrayList<>();
    ExecutorService senders = Executors.newFixedThreadPool(THREADS);
    try (ArticlePublisher publisher = ArticlePublisher.create(properties(stack, raw, ops))) {
      List<Future<List<Receipt>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(senders.submit(() -> {
          List<CompletableFuture<Receipt>> sent = new ArrayList<>();
          for (int i = 0; i < PER_THREAD; i++) {
            sent.add(publisher.send(Submission.builder().source("wp.pl").sourceId(thread + "-" + i)
                .text("Artykuł " + thread + "/" + i + ": Zażółć gęślą jaźń.").build()));
          }
          return sent.stream().map(CompletableFuture::join).toList();
        }));
      }
      for (Future<List<Receipt>> thread : threads) {
        receipts.addAll(thread.get());
      }
    } finally {
      senders.shutdownNow();
    }

    Set<String> acknowledged = receipts.stream().map(Receipt::articleId).collect(Collectors.toSet());
    assertThat(acknowledged).hasSize(THREADS * PER_THREAD);
    List<ConsumerRecord<String, RawArticle>> arrived =
        KafkaTestSupport.readAll(stack, raw, THREADS * PER_THREAD, Duration.ofSeconds(30));
    assertThat(arrived.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(acknowledged);
    assertThat(arrived).hasSize(THREADS * PER_THREAD);
    assertThat(arrived).allSatisfy(r -> {
      assertThat(r.value().getId()).isEqualTo(r.key());
      assertThat(r.value().getText()).endsWith("Zażółć gęślą jaźń.");
    });
    List<ConsumerRecord<String, OpsEvent>> events = KafkaTestSupport.readAll(stack, ops, THREADS * PER_THREAD, Duration.ofSeconds(30));
    assertThat(events).extracting(r -> r.value().getOutcome()).hasSize(THREADS * PER_THREAD).containsOnly(Outcome.ACCEPTED);
  }

  @Test
  void closeFlushesWhatIsInFlightAndResendsKeepTheirId(EmbeddedStack stack) throws Exception {
    String raw = "publisher-it-close.raw";
    String ops = "publisher-it-close.ops";
    KafkaTestSupport.createTopics(stack, raw, ops);
    List<CompletableFuture<Receipt>> sent = new ArrayList<>();
    try (ArticlePublisher publisher = ArticlePublisher.create(properties(stack, raw, ops))) {
      for (int i = 0; i < 200; i++) {
        sent.add(publisher.send(Submission.builder().source("onet.pl").url("https://onet.pl/a/" + i).text("Wersja pierwsza " + i).build()));
      }
      sent.add(publisher.send(Submission.builder().source("ONET.pl").url("HTTPS://onet.pl/a/0/#comments").text("Wersja druga").build()));
    }
    assertThat(sent).allSatisfy(f -> assertThat(f).isCompleted());
    assertThat(sent.get(200).join().articleId()).isEqualTo(sent.get(0).join().articleId());
    assertThat(KafkaTestSupport.<RawArticle>readAll(stack, raw, 201, Duration.ofSeconds(30))).hasSize(201);
  }

  private static Properties properties(EmbeddedStack stack, String raw, String ops) {
    Properties props = new Properties();
    props.put("bootstrap.servers", stack.bootstrapServers());
    props.put("schema.registry.url", stack.schemaRegistryUrl());
    props.put("topic.raw", raw);
    props.put("topic.ops.events", ops);
    return props;
  }
}
