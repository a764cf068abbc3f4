package io.newsflow.service.runtime;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.http.OpsServer;
import io.newsflow.service.topics.NewsTopics;
import io.newsflow.service.topics.TopicSetup;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle of one Kafka Streams stage: topics, start, ops HTTP, clean shutdown. Scaling out is
 * Kafka's: start more instances with the same application id and they share the partitions.
 */
public final class StreamsService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

  private final String name;
  private final KafkaStreams streams;
  private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final KafkaStreamsMetrics streamsMetrics;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private OpsServer http;

  private StreamsService(String name, Topology topology, Properties properties) {
    this.name = name;
    this.streams = new KafkaStreams(topology, properties);
    // A stream thread that dies on an unexpected error is replaced; its tasks resume from the last commit.
    this.streams.setUncaughtExceptionHandler(e -> {
      LOG.error("{}: stream thread failed, replacing it", name, e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    this.streams.setStateListener((now, before) -> {
      LOG.info("{}: {} -> {}", name, before, now);
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    this.streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(metrics);
    new JvmMemoryMetrics().bindTo(metrics);
  }

  /**
   * Creates the topics (unless {@code topics.create=false}, for clusters where only operators
   * create topics), starts Streams and, when {@code http.port} is set (0 for a free port), the ops
   * HTTP server.
   */
  public static StreamsService start(String name, NewsflowConfig config, Topology topology, Properties properties) {
    if (config.getBoolean("topics.create", true)) {
      TopicSetup.ensure(config.kafkaClientProperties(), NewsTopics.from(config).specs(),
          (short) config.getInt("replication.factor", -1));
    }
    StreamsService service = new StreamsService(name, topology, properties);
    service.streams.start();
    String port = config.get("http.port", null);
    if (port != null) {
      service.http = OpsServer.start(config.get("http.host", "0.0.0.0"), Integer.parseInt(port),
          service::isRunning, service.metrics);
      LOG.info("{}: /health /ready /metrics on port {}", name, service.http.port());
    }
    return service;
  }

  public boolean isRunning() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Port of the ops HTTP server, or -1 when it is off. */
  public int httpPort() {
    return http == null ? -1 : http.port();
  }

  /** Waits until Streams is RUNNING (all tasks assigned and restored). */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isRunning()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " did not reach RUNNING within " + timeout + " (state " + streams.state() + ")");
      }
      Thread.sleep(50);
    }
  }

  /** Blocks until the service stops (SIGTERM through the shutdown hook, or a fatal error). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    // Leaving the group hands this instance's partitions to the others at once, instead of after
    // the session timeout: a scale-down or rolling restart then pauses the stage for seconds, not a minute.
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
    streamsMetrics.close();
    metrics.close();
    stopped.countDown();
  }
}
