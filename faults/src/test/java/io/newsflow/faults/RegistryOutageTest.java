package io.newsflow.faults;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.topics.NewsTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema registry is down for 30 s mid-stream while articles keep arriving. Ids the stages have
 * already resolved are cached; whatever needs the registry during the outage must wait for it, never
 * dead-letter good articles for it.
 */
class RegistryOutageTest {
  private static final int ARTICLES = 1_000;
  private static final Duration DOWN = Duration.ofSeconds(30);

  @Test
  void aRegistryDownForThirtySecondsMidStreamLosesParksAndDoublesNothing(@TempDir Path state) throws Exception {
    try (EmbeddedStack stack = EmbeddedStack.start()) {
      NewsflowConfig config = Stages.config(stack, Map.of());
      List<ProducerRecord<String, byte[]>> records =
          Wire.articles(config, NewsTopics.from(config).raw(), "registry-outage", ARTICLES);
      Set<String> ids = Wire.ids(records);
      try (Stages stages = Stages.start(config, state);
           Wire wire = Wire.start(config, records, 25)) {
        wire.awaitSent(ARTICLES / 5, Duration.ofMinutes(1));
        stack.registry().stop();
        Thread.sleep(DOWN.toMillis());
        stack.registry().start();
        Instant back = Instant.now();

        wire.awaitAcknowledged(Duration.ofMinutes(3));
        Ledger ledger = Ledger.read(config, ids, Duration.ofMinutes(3));

        FaultReport report = FaultReport.of("schema registry outage", "registry down " + DOWN.toSeconds() + " s",
            wire.sent(), ledger, ids, back);
        report.write();
        System.out.println("FAULT SUITE stream-thread failures during the outage: " + stages.threadFailures());
        report.assertNothingLostDoubledOrParked();
      }
    }
  }
}
