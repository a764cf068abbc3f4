package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.RawArticle;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.ingest.KafkaTestSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Fault suite: {@code newsflow ingest} keeps sending a JSON Lines feed through a 60-second broker
 * outage (an abrupt halt, then a restart on the same log dir and port) and loses nothing: every
 * article arrives once, none fails, and no re-send file is left behind.
 */
class IngestAcrossBrokerOutageTest {
  private static final int ARTICLES = 3000;
  private static final int BEFORE_OUTAGE = 1000;
  private static final Duration OUTAGE = Duration.ofSeconds(60);
  private static final String RAW = "outage.raw";
  private static final String OPS = "outage.ops";

  private static EmbeddedStack stack;

  @BeforeAll
  static void startOwnStack() throws Exception {
    // Its own stack: halting the shared one would disturb every other test class in the JVM.
    stack = EmbeddedStack.start();
    KafkaTestSupport.createTopics(stack, RAW, OPS);
  }

  @AfterAll
  static void closeOwnStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void ridesOutASixtySecondBrokerOutageWithNothingLostOrDoubled(@TempDir Path dir) throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    IngestCommand command = new IngestCommand();
    command.stdin = new PipedInputStream(feed, 64 * 1024);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    Path failedFile = dir.resolve("failed.jsonl");
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(
        "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.schemaRegistryUrl(),
        "-D", "topic.raw=" + RAW, "-D", "topic.ops.events=" + OPS, "--progress-interval", "10",
        "--failed-file", failedFile.toString(), "--source", "outage.test", "-"));

    write(feed, 0, BEFORE_OUTAGE);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int before = 0;
    while (before < BEFORE_OUTAGE && System.nanoTime() < deadline) {
      before = KafkaTestSupport.readAll(stack, RAW, BEFORE_OUTAGE, Duration.ofSeconds(5)).size();
    }
    assertThat(before).as("articles on the topic before the outage").isEqualTo(BEFORE_OUTAGE);

    stack.kafka().halt();
    long haltedAt = System.nanoTime();
    // The rest of the feed arrives while the broker is down; the pipe blocks once ingest stops taking lines.
    CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> {
      try {
        write(feed, BEFORE_OUTAGE, ARTICLES);
        feed.close();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(OUTAGE.toMillis());
    stack.kafka().restart();
    long restartedAt = System.nanoTime();

    rest.get(5, TimeUnit.MINUTES);
    int status = exit.get(6, TimeUnit.MINUTES);
    long doneAt = System.nanoTime();

    var arrived = KafkaTestSupport.<RawArticle>readAll(stack, RAW, ARTICLES, Duration.ofSeconds(60));
    Map<String, Long> perKey = arrived.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    long duplicates = arrived.size() - perKey.size();
    long lost = ARTICLES - perKey.size();
    System.out.printf(Locale.ROOT, "ingest across a %d s broker outage: sent %d, arrived %d, duplicates %d, lost %d, "
            + "failed %s, all acknowledged %.1f s after the restart (%.1f s after the halt)%n",
        OUTAGE.toSeconds(), ARTICLES, arrived.size(), duplicates, lost, Files.exists(failedFile) ? "kept" : "none",
        (doneAt - restartedAt) / 1e9, (doneAt - haltedAt) / 1e9);

    assertThat(status).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("ingest: " + ARTICLES + " sent, 0 rejected, 0 failed to deliver, 0 duplicates skipped");
    assertThat(lost).isZero();
    assertThat(duplicates).isZero();
    assertThat(perKey.keySet()).hasSize(ARTICLES);
    assertThat(arrived.stream().map(r -> r.value().getSource().getSourceId()).collect(Collectors.toSet()))
        .hasSize(ARTICLES).contains("n-0", "n-" + (ARTICLES - 1));
    assertThat(failedFile).doesNotExist();
  }

  private static void write(OutputStream feed, int from, int to) throws IOException {
    Function<Integer, String> line = i -> "{\"source_id\":\"n-" + i + "\",\"body\":\"Artykuł numer " + i
        + ". Sejm obradował do późna, a posłowie głosowali nad poprawkami.\"}\n";
    for (int i = from; i < to; i++) {
      feed.write(line.apply(i).getBytes(StandardCharsets.UTF_8));
    }
    feed.flush();
  }
}
