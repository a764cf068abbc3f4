package io.newsflow.cli;

import io.newsflow.embedded.registry.RegistryServer;
import io.newsflow.embedded.registry.SchemaLog;
import io.newsflow.embedded.registry.SchemaStore;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.cli.ConfigOptions;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * newsflow's dev/test schema registry as a process of its own, on an existing broker: what the offline compose
 * override runs in place of Confluent Schema Registry (no image registry to pull Confluent's from). Composed here
 * from the registry's parts rather than through {@code EmbeddedSchemaRegistry}, which binds loopback only.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
    description = "Runs newsflow's dev/test schema registry (Confluent REST subset, schemas in a compacted topic) "
        + "on the broker of --bootstrap-servers until stopped. Production uses Confluent Schema Registry.")
final class RegistryCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions config;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 inside a container).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = SchemaLog.DEFAULT_TOPIC,
      description = "Compacted topic holding the schemas (default: ${DEFAULT-VALUE}).")
  String topic;

  @Override
  public Integer call() throws InterruptedException {
    String bootstrapServers = config.load().get(NewsflowConfig.BOOTSTRAP_SERVERS, "localhost:9092");
    Running registry = start(bootstrapServers, topic, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      registry.close();
      stopped.countDown();
    }, "newsflow-registry-shutdown"));
    System.out.println("schema registry on http://" + host + ":" + registry.port() + " (schemas in topic " + topic
        + " on " + bootstrapServers + "); dev/test only: production uses Confluent Schema Registry");
    stopped.await();
    return 0;
  }

  /** Replays the schemas topic, then serves; the topic is created if missing. */
  static Running start(String bootstrapServers, String topic, String host, int port) {
    SchemaLog log = SchemaLog.open(bootstrapServers, topic);
    try {
      SchemaStore store = new SchemaStore();
      log.catchUp(store);
      return new Running(log, RegistryServer.start(store, log, host, port));
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  record Running(SchemaLog log, RegistryServer server) implements AutoCloseable {
    int port() {
      return server.port();
    }

    @Override
    public void close() {
      try {
        server.close();
      } finally {
        log.close();
      }
    }
  }
}
