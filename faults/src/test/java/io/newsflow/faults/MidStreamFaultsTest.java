package io.newsflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.topics.NewsTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults while articles flow: the registry goes away, the broker halts, an instance of each stage is
 * killed. One stack and one instance of each stage serve the three in turn (starting them is most of a
 * test's time), each fault with articles of its own; each test counts only its own articles.
 *
 * <p>The registry outage comes first on purpose: the stages have not yet resolved every schema, so the
 * outage hits them (warm caches would hide it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MidStreamFaultsTest {
  private static EmbeddedStack stack;
  private static NewsflowConfig config;
  private static Path state;
  private static Stages stages;

  @BeforeAll
  static void startStackAndStages() throws Exception {
    stack = EmbeddedStack.start();
    config = Stages.config(stack, extraSettings());
    state = Files.createTempDirectory("newsflow-faults-");
    stages = Stages.start(config, state.resolve("survivor"));
  }

  @AfterAll
  static void stopAll() {
    try {
      if (stages != null) {
        stages.close();
      }
    } finally {
      stack.close();
      deleteQuietly(state);
    }
  }

  @Test
  @Order(1)
  void aRegistryDownForThirtySecondsMidStreamLosesParksAndDoublesNothing() throws Exception {
    // By the outage the stages have every schema of the first articles cached; those sent from a second
    // into it come from a newer writer whose schema id only the registry can tell (see Wire.asNewerWriter).
    int count = 750;
    int perSecond = 25;
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>(articles("registry-outage", count));
    int newerFrom = count / 5 + perSecond;
    List<ProducerRecord<String, byte[]>> newer = Wire.asNewerWriter(config, records.subList(newerFrom, count));
    records.subList(newerFrom, count).clear();
    records.addAll(newer);
    int failuresBefore = stages.threadFailures();

    FaultReport report = outage(records, perSecond, Duration.ofSeconds(30), stack.registry()::stop,
        stack.registry()::start, "schema registry down mid-stream", "registry down");

    int failures = stages.threadFailures() - failuresBefore;
    System.out.println("FAULT SUITE stream-thread failures in the registry outage: " + failures);
    report.assertNothingLostDoubledOrParked();
    assertThat(failures).as("stream threads that failed on the unknown schema id while the registry was down")
        .isPositive();
  }

  @Test
  @Order(2)
  void aBrokerHaltedAndRestartedMidStreamLosesAndDoublesNothing() throws Exception {
    FaultReport report = outage("broker-halt", 600, 40, Duration.ofSeconds(10),
        stack.kafka()::halt, stack.kafka()::restart, "broker halt + restart on its data dir and port", "broker down");
    report.assertNothingLostDoubledOrParked();
    assertThat(stack.kafka().isRunning()).isTrue();
  }

  @Test
  @Order(3)
  void anEnrichAndAPublishInstanceKilledMidStreamLoseAndDoubleNothing() throws Exception {
    List<ProducerRecord<String, byte[]>> records = articles("stage-kill", 600);
    try (ChildStages child = ChildStages.start(config, state.resolve("child"));
         Wire wire = Wire.start(config, records, 40)) {
      wire.awaitSent(records.size() / 4, Duration.ofMinutes(1));
      child.kill();
      Instant killed = Instant.now();

      FaultReport report = settle(wire, records, "kill -9 of a JVM running an enrich and a publish instance",
          "second instance takes over" + settingsNote(), killed);
      report.assertNothingLostDoubledOrParked();
    }
  }

  /** Articles at a steady rate; after a fifth of them are sent, {@code stop}, wait {@code down}, {@code start}. */
  private static FaultReport outage(String prefix, int count, int perSecond, Duration down, Runnable stop,
                                    Runnable start, String test, String fault) throws Exception {
    return outage(articles(prefix, count), perSecond, down, stop, start, test, fault);
  }

  private static FaultReport outage(List<ProducerRecord<String, byte[]>> records, int perSecond, Duration down,
                                    Runnable stop, Runnable start, String test, String fault) throws Exception {
    try (Wire wire = Wire.start(config, records, perSecond)) {
      wire.awaitSent(records.size() / 5, Duration.ofMinutes(1));
      stop.run();
      Thread.sleep(down.toMillis());
      start.run();
      return settle(wire, records, test, fault + " " + down.toSeconds() + " s", Instant.now());
    }
  }

  private static List<ProducerRecord<String, byte[]>> articles(String prefix, int count) {
    return Wire.articles(config, NewsTopics.from(config).raw(), prefix, count);
  }

  private static FaultReport settle(Wire wire, List<ProducerRecord<String, byte[]>> records, String test,
                                    String fault, Instant faultEnd) throws Exception {
    wire.awaitAcknowledged(Duration.ofMinutes(3));
    Set<String> ids = Wire.ids(records);
    Ledger ledger = Ledger.read(config, ids, Duration.ofMinutes(3));
    FaultReport report = FaultReport.of(test, fault, wire.sent(), ledger, ids, faultEnd);
    report.write();
    return report;
  }

  /**
   * {@code -Dfaults.kafka.KEY=VALUE} become {@code kafka.KEY} settings of every instance: how the takeover
   * settings in docs/reliability.md were compared.
   */
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

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
