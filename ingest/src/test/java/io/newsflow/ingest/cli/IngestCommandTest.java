package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.newsflow.ingest.publisher.PublisherSettings;
import io.newsflow.schemas.config.NewsflowConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
  @Test
  void acceptsADashForStdinAmongPaths() {
    IngestCommand command = new IngestCommand();
    new CommandLine(command).parseArgs("--source", "wp.pl", "-", "dir");
    assertThat(command.paths).containsExactly("-", "dir");
    assertThat(command.source).isEqualTo("wp.pl");
  }

  @Test
  void helpNamesTheOptionsTheLauncherDocuments() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new IngestCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("Usage: ingest").contains("--source").contains("--config")
        .contains("--bootstrap-servers").contains("--schema-registry-url").contains("PATH...");
  }

  @Test
  void reportsAMissingPathAsBadUsage() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new IngestCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--bootstrap-servers", "127.0.0.1:1", "/no/such/dir")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or directory: /no/such/dir");
  }

  @Test
  void exitsNonZeroWhenNothingWasSent(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("empty/notes.doc"), "skipped: not an article type");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new IngestCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("--bootstrap-servers", "127.0.0.1:1", "--source", "wp.pl", dir.resolve("empty").toString()))
        .isEqualTo(1);
    assertThat(out.toString()).contains("0 sent").contains("1 files in directories skipped");
    assertThat(err.toString()).contains("nothing was sent (no articles found in " + dir.resolve("empty") + ")");
  }

  @Test
  void keepsWhatKafkaDidNotTakeAndPrintsTheOneCommandThatSendsItAgain(@TempDir Path dir) throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    // Nothing listens there: every send gives up after half a second instead of riding out the "outage".
    Path config = dir.resolve("cluster.properties");
    Files.writeString(config, "bootstrap.servers=127.0.0.1:" + deadPort + "\nkafka.max.block.ms=500\n"
        + "kafka.request.timeout.ms=500\nkafka.delivery.timeout.ms=1000\nkafka.linger.ms=0\n");
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(feed.resolve("a.txt"), "Sejm obradował do rana.");
    Files.writeString(feed.resolve("b.txt"), "Senat zbierze się w piątek.");
    Path failed = dir.resolve("failed.jsonl");

    StringWriter out = new StringWriter();
    assertThat(ingest(out, "--config", config.toString(), "--failed-file", failed.toString(), "--source", "wp.pl",
        feed.toString())).isEqualTo(1);

    String printed = out.toString();
    assertThat(printed).contains("0 sent, 0 rejected, 2 failed to deliver")
        .contains("2 articles Kafka did not take are in " + failed + "; send them again with:");
    assertThat(Files.readAllLines(failed)).hasSize(2);
    String command = printed.lines().map(String::trim).filter(l -> l.startsWith("./newsflow ingest ")).findFirst().orElseThrow();
    assertThat(command).isEqualTo("./newsflow ingest --config " + config + " " + failed);

    // The printed command sends exactly those articles again (here they fail again, into a file of their own).
    Path again = dir.resolve("again.jsonl");
    List<String> args = new ArrayList<>(List.of(command.substring("./newsflow ingest ".length()).split(" ")));
    args.addAll(0, List.of("--failed-file", again.toString()));
    assertThat(ingest(new StringWriter(), args.toArray(String[]::new))).isEqualTo(1);
    assertThat(Files.readAllLines(again)).containsExactlyElementsOf(Files.readAllLines(failed));
  }

  private static int ingest(StringWriter out, String... args) {
    CommandLine cli = new CommandLine(new IngestCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void waitsOutABrokerOutageAsLongAsADeliveryMayTake() {
    NewsflowConfig config = IngestCommand.rideOutOutages(NewsflowConfig.of(Map.of()));
    assertThat(config.get("kafka.max.block.ms", null)).isEqualTo("300000");
    assertThat(PublisherSettings.from(config).producerProperties())
        .containsEntry("delivery.timeout.ms", "300000").containsEntry("max.block.ms", "300000");
    assertThat(IngestCommand.rideOutOutages(NewsflowConfig.of(Map.of("kafka.delivery.timeout.ms", "600000")))
        .get("kafka.max.block.ms", null)).isEqualTo("600000");
    assertThat(IngestCommand.rideOutOutages(NewsflowConfig.of(Map.of("kafka.max.block.ms", "5000")))
        .get("kafka.max.block.ms", null)).isEqualTo("5000");
  }

  @Test
  void aTokenGivenAsAFlagIsWarnedAboutAndNeverEchoed() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new IngestServiceCommand());
    cli.setErr(new PrintWriter(err));
    // A port out of range ends the command at its configuration check, after the warning.
    assertThat(cli.execute("--token", "s3cr3t-t0ken", "--port", "70000")).isEqualTo(IngestCommand.BAD_CONFIG);
    assertThat(err.toString()).contains("--token is visible in the process list", "NEWSFLOW_INGEST_HTTP_TOKEN")
        .doesNotContain("s3cr3t-t0ken");
  }

  @Test
  void aTokenFromTheEnvironmentOrConfigIsNotWarnedAbout() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new IngestServiceCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--port", "70000")).isEqualTo(IngestCommand.BAD_CONFIG);
    assertThat(err.toString()).doesNotContain("process list");
  }

  @Test
  void serviceCommandHasItsOptions() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new IngestServiceCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("Usage: ingest-service").contains("--port").contains("--token").contains("--config");
  }
}
