package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.RawArticle;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.ingest.KafkaTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@ExtendWith(EmbeddedStackExtension.class)
class IngestCommandIntegrationTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void ingestsADirectoryAndReportsWhatWasRejected(EmbeddedStack stack, @TempDir Path dir) throws Exception {
    String raw = "cli-it.raw";
    String ops = "cli-it.ops";
    KafkaTestSupport.createTopics(stack, raw, ops);
    for (int i = 0; i < 30; i++) {
      Files.writeString(dir.resolve("article-" + i + ".txt"), "Artykuł numer " + i + ".");
    }
    Files.createDirectories(dir.resolve("feeds"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      lines.append("{\"source\":\"pap.pl\",\"source_id\":\"d").append(i).append("\",\"body\":\"Depesza ").append(i).append("\"}\n");
    }
    lines.append("{\"source\":\"pap.pl\",\"source_id\":\"d0\",\"body\":\"Depesza 0, resent\"}\n");
    lines.append("{\"source\":\"pap.pl\",\"body\":\"\"}\n");
    Files.writeString(dir.resolve("feeds/pap.jsonl"), lines);
    Files.writeString(dir.resolve("feeds/empty.html"), "  ");

    int exit = execute(stack, raw, ops, "--source", "wp.pl", dir.toString());

    assertThat(exit).as(err.toString()).isEqualTo(1);
    assertThat(out.toString())
        .contains("ingest: 50 sent, 2 rejected, 0 failed to deliver, 1 duplicates skipped")
        .contains("empty").contains("pap.jsonl:22").contains("empty.html");
    List<ConsumerRecord<String, RawArticle>> arrived = KafkaTestSupport.readAll(stack, raw, 50, Duration.ofSeconds(20));
    assertThat(arrived).hasSize(50);
    assertThat(arrived.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).hasSize(50);
    assertThat(arrived).extracting(r -> r.value().getSource().getName()).containsOnly("wp.pl", "pap.pl");
    List<ConsumerRecord<String, OpsEvent>> events = KafkaTestSupport.readAll(stack, ops, 53, Duration.ofSeconds(20));
    assertThat(events.stream().collect(Collectors.groupingBy(e -> e.value().getOutcome(), Collectors.counting())))
        .containsEntry(Outcome.ACCEPTED, 50L).containsEntry(Outcome.REJECTED, 2L).containsEntry(Outcome.DUPLICATE, 1L);
  }

  @Test
  void exitsZeroWhenEverythingWasSent(EmbeddedStack stack, @TempDir Path dir) throws Exception {
    String raw = "cli-it-ok.raw";
    String ops = "cli-it-ok.ops";
    KafkaTestSupport.createTopics(stack, raw, ops);
    Files.writeString(dir.resolve("a.json"), "{\"source\":\"wp.pl\",\"url\":\"https://wp.pl/a\",\"body\":\"Treść\"}");

    assertThat(execute(stack, raw, ops, dir.resolve("a.json").toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("1 sent, 0 rejected");
    assertThat(KafkaTestSupport.<RawArticle>readAll(stack, raw, 1, Duration.ofSeconds(20)))
        .singleElement().satisfies(r -> assertThat(r.value().getSource().getUrl()).isEqualTo("https://wp.pl/a"));
  }

  @Test
  void refusesLimitsThatDoNotFitAKafkaRecord(EmbeddedStack stack, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "text");
    int exit = execute(stack, "unused.raw", "unused.ops", "-D", "ingest.max.article.bytes=2000000", dir.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("ingest.max.article.bytes=2000000");
  }

  private int execute(EmbeddedStack stack, String raw, String ops, String... args) {
    CommandLine cli = new CommandLine(new IngestCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> all = new java.util.ArrayList<>(List.of("--bootstrap-servers", stack.bootstrapServers(),
        "--schema-registry-url", stack.schemaRegistryUrl(), "-D", "topic.raw=" + raw, "-D", "topic.ops.events=" + ops));
    all.addAll(List.of(args));
    return cli.execute(all.toArray(String[]::new));
  }
}
