package io.newsflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.topics.NewsTopics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of each stage, one of them in a child JVM that is killed with {@code kill -9} mid-stream:
 * the survivors take its partitions over and resume from its last committed transaction.
 */
class StageKillTest {
  private static final int ARTICLES = 900;

  @Test
  void anEnrichAndAPublishInstanceKilledMidStreamLoseAndDoubleNothing(@TempDir Path state) throws Exception {
    try (EmbeddedStack stack = EmbeddedStack.start()) {
      NewsflowConfig config = Stages.config(stack, extraSettings());
      List<ProducerRecord<String, byte[]>> records =
          Wire.articles(config, NewsTopics.from(config).raw(), "stage-kill", ARTICLES);
      Set<String> ids = Wire.ids(records);
      Process child = startChild(config, state.resolve("child"));
      try (Stages survivor = Stages.start(config, state.resolve("survivor"))) {
        awaitLine(child, state.resolve("child.log"), StageProcess.RUNNING, Duration.ofMinutes(2));
        try (Wire wire = Wire.start(config, records, 40)) {
          wire.awaitSent(ARTICLES / 4, Duration.ofMinutes(1));
          child.destroyForcibly();
          Instant killed = Instant.now();
          assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

          wire.awaitAcknowledged(Duration.ofMinutes(3));
          Ledger ledger = Ledger.read(config, ids, Duration.ofMinutes(3));

          FaultReport report = FaultReport.of("kill -9 of an enrich and a publish instance",
              "child JVM killed, survivor takes over" + settingsNote(), wire.sent(), ledger, ids, killed);
          report.write();
          report.assertNothingLostDoubledOrParked();
        }
      } finally {
        child.destroyForcibly();
      }
    }
  }

  /** {@code -Dfaults.kafka.KEY=VALUE} become {@code kafka.KEY} settings of both instances: how takeover settings were compared. */
  private static Map<String, String> extraSettings() {
    Map<String, String> extra = new HashMap<>();
    System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("faults.kafka."))
        .forEach(k -> extra.put(k.substring("faults.".length()), System.getProperty(k)));
    return extra;
  }

  private static String settingsNote() {
    Map<String, String> extra = extraSettings();
    return extra.isEmpty() ? "" : " " + extra;
  }

  private static Process startChild(NewsflowConfig config, Path stateRoot) throws IOException {
    Files.createDirectories(stateRoot);
    Path configFile = stateRoot.resolveSibling("child.properties");
    Properties props = new Properties();
    props.putAll(config.asMap());
    try (var out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
      props.store(out, "stage-kill child");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"),
        StageProcess.class.getName(), configFile.toString(), stateRoot.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(stateRoot.resolveSibling("child.log").toFile())
        .start();
  }

  private static void awaitLine(Process child, Path log, String line, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(log) || !Files.readString(log, StandardCharsets.ISO_8859_1).contains(line)) {
      if (!child.isAlive()) {
        throw new AssertionError("the child JVM exited with " + child.exitValue() + ":\n" + tail(log));
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the child JVM did not print '" + line + "' within " + timeout + ":\n" + tail(log));
      }
      Thread.sleep(200);
    }
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no output)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
