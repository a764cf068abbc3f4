package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.RawArticle;
import io.newsflow.ingest.intake.Intake;
import io.newsflow.ingest.intake.IntakeLimits;
import io.newsflow.ingest.publisher.ArticlePublisher;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.registry.MockSchemaRegistry;
import io.newsflow.schemas.serde.SerdeConfig;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRunTest {
  private static final IntakeLimits LIMITS = new IntakeLimits(1000, 1000, 2000);

  @TempDir
  Path dir;

  private final MockProducer<String, SpecificRecord> producer = new MockProducer<>(true, null, new StringSerializer(),
      new SpecificAvroSerializer<>(MockSchemaRegistry.forScope("IngestRunTest"),
          new SerdeConfig("mock://IngestRunTest", null, true, false, true), false));
  private final ArticlePublisher publisher =
      new ArticlePublisher(producer, Topics.RAW, Topics.OPS_EVENTS, new Intake(LIMITS), Clock.systemUTC());
  private final RunTally tally = new RunTally();

  @AfterEach
  void close() {
    publisher.close();
    MockSchemaRegistry.drop("IngestRunTest");
  }

  @Test
  void readsEveryKindOfFileInADirectory() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Plain article.");
    Files.write(dir.resolve("b.html"), "<meta charset=\"iso-8859-2\"><p>Zażółć</p>".getBytes(Charset.forName("ISO-8859-2")));
    Files.createDirectories(dir.resolve("feed"));
    Files.writeString(dir.resolve("feed/c.json"), "{\"source\":\"onet.pl\",\"url\":\"https://onet.pl/c\",\"body\":\"Envelope\"}");
    Files.writeString(dir.resolve("feed/d.jsonl"), """
        {"source_id":"1","body":"line one"}
        {"source_id":"2","body":"line two","metadata":{"author":"Jan"}}
        """);
    Files.writeString(dir.resolve("notes.md"), "# not an article");
    Files.writeString(dir.resolve(".hidden.txt"), "skipped");

    run(List.of(dir.toString()));

    List<RawArticle> sent = rawArticles();
    assertThat(sent).extracting(RawArticle::getText)
        .containsExactly("Plain article.", "<meta charset=\"iso-8859-2\"><p>Zażółć</p>", "Envelope", "line one", "line two");
    assertThat(sent).extracting(a -> a.getSource().getName()).containsExactly("wp.pl", "wp.pl", "onet.pl", "wp.pl", "wp.pl");
    assertThat(sent).extracting(RawArticle::getContentType)
        .containsExactly("text/plain", "text/html", "text/plain", "text/plain", "text/plain");
    RunTally.Snapshot result = tally.snapshot();
    assertThat(result.sent()).isEqualTo(5);
    assertThat(result.rejected()).isZero();
    assertThat(result.skippedFiles()).isEqualTo(2);
  }

  @Test
  void reportsBadLinesAndCarriesOn() throws Exception {
    byte[] invalidUtf8 = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xE9, '"', '}'};
    Files.write(dir.resolve("feed.jsonl"), concat(
        "{\"body\":\"good\"}\n{\"body\": broken\n".getBytes(StandardCharsets.UTF_8),
        invalidUtf8, "\n{\"body\":\"\"}\n{\"body\":\"also good\"}\n".getBytes(StandardCharsets.UTF_8)));

    run(List.of(dir.resolve("feed.jsonl").toString()));

    assertThat(rawArticles()).extracting(RawArticle::getText).containsExactly("good", "also good");
    RunTally.Snapshot result = tally.snapshot();
    assertThat(result.rejectedByReason()).containsExactlyInAnyOrderEntriesOf(
        Map.of("malformed_envelope", 1L, "invalid_encoding", 1L, "empty", 1L));
    assertThat(result.problems()).extracting(RunTally.Problem::location)
        .containsExactly(dir.resolve("feed.jsonl") + ":2", dir.resolve("feed.jsonl") + ":3", dir.resolve("feed.jsonl") + ":4");
    assertThat(opsEvents()).filteredOn(e -> e.getOutcome() == Outcome.REJECTED).hasSize(3);
  }

  @Test
  void skipsTheSameArticleTwiceInOneRun() throws Exception {
    Files.writeString(dir.resolve("one.txt"), "Same text.");
    Files.writeString(dir.resolve("two.txt"), "Same text.");
    Files.writeString(dir.resolve("three.jsonl"), "{\"url\":\"https://wp.pl/x\",\"body\":\"first version\"}\n"
        + "{\"url\":\"HTTPS://WP.PL/x/#top\",\"body\":\"second version\"}\n");

    run(List.of(dir.toString()));

    assertThat(rawArticles()).extracting(RawArticle::getText).containsExactlyInAnyOrder("first version", "Same text.");
    assertThat(tally.snapshot().duplicates()).isEqualTo(2);
    assertThat(opsEvents()).filteredOn(e -> e.getOutcome() == Outcome.DUPLICATE).hasSize(2);
  }

  @Test
  void refusesFilesOverTheLimitWithoutReadingThem() throws Exception {
    Files.writeString(dir.resolve("big.txt"), "x".repeat(1001));
    Files.writeString(dir.resolve("big.json"), "{\"body\":\"" + "x".repeat(2000) + "\"}");
    Files.writeString(dir.resolve("report.pdf"), "%PDF");

    run(List.of(dir.resolve("big.txt").toString(), dir.resolve("big.json").toString(), dir.resolve("report.pdf").toString()));

    assertThat(rawArticles()).isEmpty();
    assertThat(tally.snapshot().rejectedByReason())
        .containsExactlyInAnyOrderEntriesOf(Map.of("too_large", 2L, "unsupported_content_type", 1L));
  }

  @Test
  void readsPlainTextFromStdin() throws Exception {
    run(List.of("-"), "Tekst ze stdin.\n{ not json");
    assertThat(rawArticles()).extracting(RawArticle::getText).containsExactly("Tekst ze stdin.\n{ not json");
  }

  @Test
  void readsAnEnvelopeOrJsonLinesFromStdin() throws Exception {
    run(List.of("-"), "{\"source\":\"pap.pl\",\"body\":\"Depesza\"}");
    run(List.of("-"), "{\"body\":\"one\"}\n\n{\"body\":\"two\"}\n");
    assertThat(rawArticles()).extracting(RawArticle::getText).containsExactly("Depesza", "one", "two");
    assertThat(rawArticles().get(0).getSource().getName()).isEqualTo("pap.pl");
  }

  @Test
  void sendsJsonLinesFromStdinAsTheyArrive() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    InputReader reader = new InputReader("wp.pl", LIMITS, new PipedInputStream(feed, 1024));
    Thread running = new Thread(() -> {
      try (FailedArticles failed = new FailedArticles(dir.resolve("failed.jsonl"))) {
        new IngestRun(publisher, reader, tally, failed).run(InputFile.expand(List.of("-"), tally));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    running.start();
    feed.write("{\"body\":\"first, while the feed is still open\"}\n".getBytes(StandardCharsets.UTF_8));
    feed.flush();
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (rawArticles().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(rawArticles()).extracting(RawArticle::getText).containsExactly("first, while the feed is still open");
    assertThat(running.isAlive()).isTrue();
    feed.write("{\"body\":\"second\"}\n".getBytes(StandardCharsets.UTF_8));
    feed.close();
    running.join(20_000);
    assertThat(rawArticles()).extracting(RawArticle::getText).containsExactly("first, while the feed is still open", "second");
  }

  @Test
  void keepsWhatKafkaDidNotTakeSoThatOneCommandSendsItAgainWithTheSameIds() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Plain article.\n");
    Files.write(dir.resolve("b.html"), "<meta charset=\"iso-8859-2\"><p>Zażółć</p>".getBytes(Charset.forName("ISO-8859-2")));
    Files.writeString(dir.resolve("c.jsonl"), "{\"source\":\"pap.pl\",\"url\":\"https://pap.pl/1\",\"source_id\":\"P1\","
        + "\"body\":\"Depesza\",\"metadata\":{\"author\":\"Jan\"}}\n");
    MockProducer<String, SpecificRecord> refusing = new MockProducer<>(true, null, new StringSerializer(),
        new SpecificAvroSerializer<>(MockSchemaRegistry.forScope("IngestRunTest"),
            new SerdeConfig("mock://IngestRunTest", null, true, false, true), false)) {
      @Override
      public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
          org.apache.kafka.clients.producer.ProducerRecord<String, SpecificRecord> record,
          org.apache.kafka.clients.producer.Callback callback) {
        if (!record.topic().equals(Topics.RAW)) {
          return super.send(record, callback);
        }
        var expired = new org.apache.kafka.common.errors.TimeoutException("Expiring 1 record(s): 300000 ms has passed");
        callback.onCompletion(null, expired);
        return java.util.concurrent.CompletableFuture.failedFuture(expired);
      }
    };
    Path failedFile = dir.resolve("out/failed.jsonl");
    try (ArticlePublisher down = new ArticlePublisher(refusing, Topics.RAW, Topics.OPS_EVENTS, new Intake(LIMITS), Clock.systemUTC());
        FailedArticles failed = new FailedArticles(failedFile)) {
      InputReader reader = new InputReader("wp.pl", LIMITS, new ByteArrayInputStream(new byte[0]));
      List<InputFile> inputs = InputFile.expand(List.of(dir.toString()), tally);
      new IngestRun(down, reader, tally, failed).run(inputs);
      assertThat(failed.written()).isEqualTo(3);
      assertThat(failed.problem()).isNull();
    }
    assertThat(tally.snapshot().failed()).isEqualTo(3);
    assertThat(Files.readAllLines(failedFile)).hasSize(3);
    // The delivery-failed ops events carry the ids the articles had.
    List<String> ids = refusing.history().stream().filter(r -> r.topic().equals(Topics.OPS_EVENTS))
        .map(org.apache.kafka.clients.producer.ProducerRecord::key).toList();
    assertThat(ids).hasSize(3);

    RunTally again = new RunTally();
    InputReader reader = new InputReader(null, LIMITS, new ByteArrayInputStream(new byte[0]));
    try (FailedArticles none = new FailedArticles(dir.resolve("none.jsonl"))) {
      new IngestRun(publisher, reader, again, none).run(InputFile.expand(List.of(failedFile.toString()), again));
      assertThat(none.written()).isZero();
    }
    assertThat(again.snapshot().sent()).isEqualTo(3);
    assertThat(Files.exists(dir.resolve("none.jsonl"))).isFalse();
    List<org.apache.kafka.clients.producer.ProducerRecord<String, SpecificRecord>> resent =
        producer.history().stream().filter(r -> r.topic().equals(Topics.RAW)).toList();
    assertThat(resent).extracting(org.apache.kafka.clients.producer.ProducerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(rawArticles()).extracting(RawArticle::getText)
        .containsExactly("Plain article.\n", "<meta charset=\"iso-8859-2\"><p>Zażółć</p>", "Depesza");
    assertThat(rawArticles()).extracting(RawArticle::getContentType).containsExactly("text/plain", "text/html", "text/plain");
    assertThat(rawArticles().get(2).getMetadata()).containsEntry("author", "Jan");
    assertThat(rawArticles().get(2).getSource().getSourceId()).isEqualTo("P1");
  }

  private void run(List<String> paths) throws Exception {
    run(paths, "");
  }

  private void run(List<String> paths, String stdin) throws Exception {
    InputReader reader = new InputReader("wp.pl", LIMITS, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try (FailedArticles failed = new FailedArticles(dir.resolve("failed.jsonl"))) {
      new IngestRun(publisher, reader, tally, failed).run(InputFile.expand(paths, tally));
    }
  }

  private List<RawArticle> rawArticles() {
    return producer.history().stream().filter(r -> r.topic().equals(Topics.RAW)).map(r -> (RawArticle) r.value()).toList();
  }

  private List<OpsEvent> opsEvents() {
    publisher.close();
    return producer.history().stream().filter(r -> r.topic().equals(Topics.OPS_EVENTS)).map(r -> (OpsEvent) r.value()).toList();
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] joined = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }
}
