package io.newsflow.faults;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.topics.NewsTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./newsflow stack} twice with the default {@code state.dir}: the second, new cluster and registry
 * must not be served from the first one's local state.
 */
class OldStateTest {
  private static final int ARTICLES = 30;

  @Test
  void aSecondStackOnTheFirstStacksStatePublishesEveryArticle(@TempDir Path state) throws Exception {
    runOnce(state, "first stack", null);
    long started = System.nanoTime();

    FaultReport report = runOnce(state, "second stack on old state", "previous cluster's state.dir");

    report.write();
    report.assertNothingLostDoubledOrParked();
    System.out.println("FAULT SUITE second run took " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
  }

  private static FaultReport runOnce(Path state, String name, String fault) throws Exception {
    try (EmbeddedStack stack = EmbeddedStack.start()) {
      NewsflowConfig config = Stages.config(stack, Map.of());
      List<ProducerRecord<String, byte[]>> records =
          Wire.articles(config, NewsTopics.from(config).raw(), "old-state", ARTICLES);
      Set<String> ids = Wire.ids(records);
      try (Stages stages = Stages.start(config, state);
           Wire wire = Wire.start(config, records, 50)) {
        wire.awaitAcknowledged(Duration.ofMinutes(2));
        Ledger ledger = Ledger.read(config, ids, Duration.ofMinutes(2));
        FaultReport report = FaultReport.of(name, fault == null ? "none" : fault, wire.sent(), ledger, ids, null);
        if (fault == null) {
          report.assertNothingLostDoubledOrParked();
        }
        return report;
      }
    }
  }
}
