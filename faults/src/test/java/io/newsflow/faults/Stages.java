package io.newsflow.faults;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.publish.PublishService;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.runtime.StreamsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One instance of each stage, enrich and publish, in this JVM, as {@code ./newsflow enrich-service} etc. run them. */
final class Stages implements AutoCloseable {
  private final StreamsService enrich;
  private final StreamsService publish;

  private Stages(StreamsService enrich, StreamsService publish) {
    this.enrich = enrich;
    this.publish = publish;
  }

  /** What {@code ./newsflow stack} writes for the services, plus {@code extra}. */
  static NewsflowConfig config(EmbeddedStack stack, Map<String, String> extra) {
    Map<String, String> values = new HashMap<>();
    values.put(NewsflowConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
    values.put(NewsflowConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
    values.put("replication.factor", "1");
    values.put("topics.partitions", "3");
    values.putAll(extra);
    return NewsflowConfig.of(values);
  }

  /** Starts both stages with their state under {@code stateRoot} and waits until both are RUNNING. */
  static Stages start(NewsflowConfig config, Path stateRoot) throws InterruptedException {
    StreamsService enrich = EnrichService.start(config.with(Map.of("state.dir", dir(stateRoot, "enrich"))));
    StreamsService publish = PublishService.start(config.with(Map.of("state.dir", dir(stateRoot, "publish"))));
    Stages stages = new Stages(enrich, publish);
    try {
      enrich.awaitRunning(Duration.ofSeconds(120));
      publish.awaitRunning(Duration.ofSeconds(120));
    } catch (RuntimeException | InterruptedException e) {
      stages.close();
      throw e;
    }
    return stages;
  }

  int threadFailures() {
    return enrich.threadFailures() + publish.threadFailures();
  }

  private static String dir(Path root, String stage) {
    try {
      return Files.createDirectories(root.resolve(stage)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      enrich.close();
    } finally {
      publish.close();
    }
  }
}
