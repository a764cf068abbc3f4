package io.newsflow.ingest.publisher;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.ingest.intake.Reason;
import java.time.Duration;

/**
 * What an operator graphs for ingest. Nothing is counted until a registry is attached (the HTTP
 * service attaches Prometheus); embedded publishers without one pay nothing.
 */
final class IngestMeters {
  private volatile MeterRegistry registry;
  private volatile Counter accepted;
  private volatile Counter duplicates;
  private volatile Counter deliveryFailures;
  private volatile Timer ackLatency;

  synchronized void attach(MeterRegistry target) {
    if (registry != null) {
      throw new IllegalStateException("ingest metrics are already bound to a registry");
    }
    accepted = Counter.builder("newsflow.ingest.articles.accepted")
        .description("Articles Kafka acknowledged on the raw topic").register(target);
    duplicates = Counter.builder("newsflow.ingest.articles.duplicates")
        .description("Articles skipped because their id was already sent in the same run").register(target);
    deliveryFailures = Counter.builder("newsflow.ingest.delivery.failures")
        .description("Articles that passed intake but that Kafka did not acknowledge").register(target);
    ackLatency = Timer.builder("newsflow.ingest.ack.latency")
        .description("From handing an article to the producer to the broker's acknowledgement")
        .publishPercentileHistogram().register(target);
    // Registered up front so dashboards show every reason at 0 rather than no series.
    for (Reason reason : Reason.values()) {
      rejectedCounter(target, reason);
    }
    registry = target;
  }

  void accepted(Duration latency) {
    if (registry != null) {
      accepted.increment();
      ackLatency.record(latency);
    }
  }

  void rejected(Reason reason) {
    MeterRegistry target = registry;
    if (target != null) {
      rejectedCounter(target, reason).increment();
    }
  }

  void duplicate() {
    if (registry != null) {
      duplicates.increment();
    }
  }

  void deliveryFailed() {
    if (registry != null) {
      deliveryFailures.increment();
    }
  }

  private static Counter rejectedCounter(MeterRegistry target, Reason reason) {
    return Counter.builder("newsflow.ingest.articles.rejected")
        .description("Articles refused at intake, by reason").tag("reason", reason.code()).register(target);
  }
}
