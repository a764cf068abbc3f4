package io.newsflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The broker stops abruptly mid-stream and comes back on its data dir and port. */
class BrokerHaltTest {
  private static final int ARTICLES = 600;
  private static final Duration DOWN = Duration.ofSeconds(10);

  @Test
  void aBrokerHaltedAndRestartedMidStreamLosesAndDoublesNothing(@TempDir Path state) throws Exception {
    try (EmbeddedStack stack = EmbeddedStack.start()) {
      NewsflowConfig config = Stages.config(stack, Map.of());
      List<ProducerRecord<String, byte[]>> records =
          Wire.articles(config, NewsTopics.from(config).raw(), "broker-halt", ARTICLES);
      Set<String> ids = Wire.ids(records);
      try (Stages stages = Stages.start(config, state);
           Wire wire = Wire.start(config, records, 40)) {
        wire.awaitSent(ARTICLES / 3, Duration.ofMinutes(1));
        stack.kafka().halt();
        Thread.sleep(DOWN.toMillis());
        stack.kafka().restart();
        Instant back = Instant.now();

        wire.awaitAcknowledged(Duration.ofMinutes(3));
        Ledger ledger = Ledger.read(config, ids, Duration.ofMinutes(3));

        FaultReport report = FaultReport.of("broker halt + restart", "broker down " + DOWN.toSeconds() + " s",
            wire.sent(), ledger, ids, back);
        report.write();
        report.assertNothingLostDoubledOrParked();
        assertThat(stack.kafka().isRunning()).isTrue();
      }
    }
  }
}
