package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void serviceCommandHasItsOptions() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new IngestServiceCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("Usage: ingest-service").contains("--port").contains("--token").contains("--config");
  }
}
