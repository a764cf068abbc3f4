package io.newsflow.ingest.cli;

import io.newsflow.ingest.intake.Intake;
import io.newsflow.ingest.intake.IntakeLimits;
import io.newsflow.ingest.publisher.ArticlePublisher;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.cli.ConfigOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import io.newsflow.ingest.publisher.PublisherSettings;
import org.apache.kafka.clients.producer.ProducerConfig;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest}: sends files, directories or stdin to the raw topic and says what happened. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Sends articles to news.raw.v1: .txt (text/plain), .html/.htm (text/html), .json envelopes and",
        ".jsonl/.ndjson lines of envelopes; directories are read recursively. '-' reads stdin (text/plain",
        "unless it is an envelope or JSON Lines of envelopes).",
        "Exit status: 0 all sent, 1 something was rejected or not delivered, or nothing was sent, 2 bad options or config."},
    footer = {"", "Envelope: {\"source\":…, \"url\":…, \"source_id\":…, \"content_type\":…, \"body\":…, \"metadata\":{…}}"})
public final class IngestCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int SOME_NOT_SENT = 1;
  static final int BAD_CONFIG = 2;
  private static final DateTimeFormatter FAILED_FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  @Option(names = {"-s", "--source"}, paramLabel = "NAME",
      description = "Source (outlet or feed) for files and envelopes that do not name one, e.g. wp.pl.")
  String source;

  @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "5",
      description = "Seconds between progress lines when not on a terminal (default: ${DEFAULT-VALUE}).")
  int progressSeconds;

  @Option(names = "--failed-file", paramLabel = "FILE",
      description = "Where articles Kafka did not take are kept as JSON Lines, to send again with "
          + "'newsflow ingest FILE' (default: newsflow-failed-TIME.jsonl here; created only when something failed).")
  Path failedFile;

  @Mixin
  ConfigOptions connection = new ConfigOptions();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
  List<String> paths;

  @Spec
  CommandSpec spec;

  InputStream stdin = System.in;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunTally tally = new RunTally();
    List<InputFile> inputs;
    NewsflowConfig config;
    IntakeLimits limits;
    try {
      inputs = InputFile.expand(paths, tally);
      config = connection.load();
      limits = IntakeLimits.from(config);
    } catch (IOException | IllegalArgumentException e) {
      err.println("ingest: " + e.getMessage());
      return BAD_CONFIG;
    }
    long totalBytes = inputs.stream().anyMatch(i -> i.size() < 0) ? -1 : inputs.stream().mapToLong(InputFile::size).sum();

    long started = System.nanoTime();
    boolean terminal = System.console() != null;
    Duration interval = terminal ? Duration.ofMillis(250) : Duration.ofSeconds(Math.max(1, progressSeconds));
    FailedArticles failed = new FailedArticles(failedFile != null ? failedFile
        : Path.of("newsflow-failed-" + FAILED_FILE_TIME.format(LocalDateTime.now()) + ".jsonl"));
    InputReader reader = new InputReader(source, limits, stdin);
    // Reading and admitting start at once: creating the producer and its registry client takes a while.
    try (Admission admission = Admission.start(inputs, reader, new Intake(limits));
        failed;
        ArticlePublisher publisher = ArticlePublisher.create(rideOutOutages(config));
        Progress progress = new Progress(err, terminal, totalBytes, tally::snapshot, interval)) {
      new IngestRun(publisher, reader, tally, failed).send(admission);
    } catch (IllegalArgumentException | KafkaException e) {
      // Settings Kafka itself refuses (an unknown security protocol, a bad broker address).
      err.println("ingest: cannot start the Kafka producer: " + e.getMessage());
      return BAD_CONFIG;
    }
    RunTally.Snapshot result = tally.snapshot();
    summarize(out, result, Duration.ofNanos(System.nanoTime() - started));
    reportFailed(out, failed);
    if (result.sent() == 0) {
      // An empty folder or a wrong path pattern must not look like success to a cron job or script.
      err.println("ingest: nothing was sent" + (result.articles() == 0 ? " (no articles found in " + String.join(" ", paths) + ")" : ""));
      return SOME_NOT_SENT;
    }
    return result.rejected() + result.failed() > 0 ? SOME_NOT_SENT : OK;
  }

  /**
   * A command-line run waits out a broker outage rather than failing articles: send() may block
   * (buffer full, metadata unknown) as long as a record may wait for delivery, unless set otherwise.
   */
  static NewsflowConfig rideOutOutages(NewsflowConfig config) {
    if (config.get("kafka." + ProducerConfig.MAX_BLOCK_MS_CONFIG, null) != null) {
      return config;
    }
    String delivery = config.get("kafka." + ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, PublisherSettings.DELIVERY_TIMEOUT_MS);
    return config.with(Map.of("kafka." + ProducerConfig.MAX_BLOCK_MS_CONFIG, delivery));
  }

  private void reportFailed(PrintWriter out, FailedArticles failed) {
    if (failed.written() > 0) {
      out.printf("  %d articles Kafka did not take are in %s; send them again with:%n    ./newsflow ingest %s%s%n",
          failed.written(), failed.file(), connection.describeForRerun(), failed.file());
    }
    if (failed.problem() != null) {
      out.printf("  could not keep the articles not delivered in %s: %s%n", failed.file(), failed.problem().getMessage());
    }
    out.flush();
  }

  static void summarize(PrintWriter out, RunTally.Snapshot result, Duration took) {
    out.printf(Locale.ROOT, "ingest: %d sent, %d rejected, %d failed to deliver, %d duplicates skipped (%.1f MB in %.1f s)%n",
        result.sent(), result.rejected(), result.failed(), result.duplicates(), result.bytesRead() / (1024.0 * 1024),
        took.toMillis() / 1000.0);
    if (result.skippedFiles() > 0) {
      out.printf("  %d files in directories skipped (hidden, or not .txt/.html/.htm/.json/.jsonl/.ndjson)%n", result.skippedFiles());
    }
    if (!result.rejectedByReason().isEmpty()) {
      out.println("  rejected by reason:");
      result.rejectedByReason().forEach((reason, count) -> out.printf("    %-26s %d%n", reason, count));
    }
    if (!result.problems().isEmpty()) {
      out.println("  not sent:");
      result.problems().forEach(p -> out.printf("    %s: %s%n", p.location(), p.description()));
      long more = result.rejected() + result.failed() - result.problems().size();
      if (more > 0) {
        out.printf("    … and %d more%n", more);
      }
    }
    out.flush();
  }
}
