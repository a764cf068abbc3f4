package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsflowTest {
  @Test
  void reportsAKafkaCopyOfAnOwnSettingAtStartUpWithExitStatusTwo() {
    StringWriter err = new StringWriter();
    CommandLine cli = Newsflow.commandLine();
    cli.setErr(new PrintWriter(err));
    CommandLine service = cli.getSubcommands().get("publish-service");
    service.setErr(new PrintWriter(err));

    int exit = cli.execute("publish-service", "--bootstrap-servers", "127.0.0.1:1", "-D", "kafka.commit.interval.ms=1000");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("kafka.commit.interval.ms would be overwritten by newsflow's commit.interval.ms: set commit.interval.ms instead")
        .doesNotContain("\tat ");
  }

  @Test
  void reportsAnUnknownKeyInsteadOfIgnoringIt() {
    StringWriter err = new StringWriter();
    CommandLine cli = Newsflow.commandLine();
    cli.getSubcommands().get("enrich-service").setErr(new PrintWriter(err));

    assertThat(cli.execute("enrich-service", "-D", "stream.thread=4")).isEqualTo(2);
    assertThat(err.toString()).contains("stream.thread is not a newsflow setting; the stream.* settings are stream.threads");
  }
}
