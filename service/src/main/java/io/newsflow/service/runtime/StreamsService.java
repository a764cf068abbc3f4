package io.newsflow.service.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.http.OpsServer;
import io.newsflow.service.topics.NewsTopics;
import io.newsflow.service.topics.TopicSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
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

  /** How long {@code /ready} stays 503 after a stream thread failed: the replaced thread must prove itself first. */
  static final Duration READY_AFTER_FAILURE = Duration.ofSeconds(10);

  private final String name;
  private final KafkaStreams streams;
  private final ThreadRestarts restarts;
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile boolean backingOff;
  private volatile Instant lastFailure;
  private volatile Instant runningSince;
  private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final KafkaStreamsMetrics streamsMetrics;
  private final Counter threadFailureCount;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private OpsServer http;

  private StreamsService(String name, Topology topology, Properties properties, ThreadRestarts restarts) {
    this.name = name;
    this.streams = new KafkaStreams(topology, properties);
    this.restarts = restarts;
    this.streams.setUncaughtExceptionHandler(this::onThreadFailure);
    this.streams.setStateListener((now, before) -> {
      LOG.info("{}: {} -> {}", name, before, now);
      runningSince = now == KafkaStreams.State.RUNNING ? Instant.now() : null;
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    this.threadFailureCount = Counter.builder("newsflow.stream.thread.failures")
        .description("stream threads that failed and were replaced or, past the bound, stopped the instance")
        .tag("stage", name).register(metrics);
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
    StreamsService service = new StreamsService(name, topology, properties, ThreadRestarts.from(config));
    // cleanUp() is only allowed before start(): it removes this application's local state.
    StateOwner.of(config.kafkaClientProperties(), config.schemaRegistryUrl()).claim(
        Path.of(properties.getProperty(StreamsConfig.STATE_DIR_CONFIG)),
        properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG), service.streams::cleanUp);
    service.streams.start();
    String port = config.get("http.port", null);
    if (port != null) {
      // Loopback unless http.host says otherwise: /metrics and /ready are for the operator, not the network.
      service.http = OpsServer.start(config.get(NewsflowConfig.HTTP_HOST, NewsflowConfig.LOOPBACK), Integer.parseInt(port),
          service::isReady, service.metrics);
      LOG.info("{}: /health /ready /metrics on port {}", name, service.http.port());
    }
    return service;
  }

  public boolean isRunning() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  /**
   * What {@code /ready} answers: RUNNING, no stream thread waiting to be replaced, and none failed in
   * the last {@link #READY_AFTER_FAILURE}. A stage that keeps failing on a registry or broker fault is
   * therefore not ready, although Kafka Streams itself may say RUNNING between two failures.
   */
  public boolean isReady() {
    Instant failed = lastFailure;
    return isRunning() && !backingOff
        && (failed == null || Duration.between(failed, Instant.now()).compareTo(READY_AFTER_FAILURE) > 0);
  }

  /** Whether the instance stopped itself (stream threads failed past {@link ThreadRestarts}' bound). */
  public boolean stoppedByFailure() {
    return streams.state() == KafkaStreams.State.ERROR;
  }

  /** Stream-thread failures in the current run (see {@link ThreadRestarts}). */
  public synchronized int threadFailures() {
    return restarts.failuresInRun();
  }

  /**
   * Runs on the failed stream thread: waiting here delays its replacement (its tasks stay paused, not
   * moved), so a fault that is not the record's does not turn into a hot restart-and-rebalance loop.
   */
  private StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse onThreadFailure(Throwable error) {
    Optional<Duration> wait;
    int failures;
    synchronized (this) {
      lastFailure = Instant.now();
      wait = restarts.onFailure(lastFailure, runningSince);
      failures = restarts.failuresInRun();
    }
    threadFailureCount.increment();
    if (wait.isEmpty()) {
      LOG.error("{}: stream thread failed {} times in a row without running {} in between; giving up: the instance stops "
          + "(bound: {})", name, failures, restarts.quietPeriod(), ThreadRestarts.MAX, error);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    LOG.error("{}: stream thread failed (failure {} of this run); replacing it in {} ms, its tasks then resume "
        + "from the last commit", name, failures, wait.get().toMillis(), error);
    backingOff = true;
    try {
      if (closing.await(wait.get().toMillis(), TimeUnit.MILLISECONDS)) {
        return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    } finally {
      backingOff = false;
    }
    return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
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
    closing.countDown();
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
