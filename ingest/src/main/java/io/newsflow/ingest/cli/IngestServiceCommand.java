package io.newsflow.ingest.cli;

import io.newsflow.ingest.http.HttpSettings;
import io.newsflow.ingest.http.IngestServer;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.cli.ConfigOptions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest-service}: runs the ingest HTTP service until SIGTERM or Ctrl-C. */
@Command(name = "ingest-service", mixinStandardHelpOptions = true,
    description = {
        "HTTP service that puts POSTed articles on news.raw.v1: POST /articles (text/plain, text/html or",
        "an application/json envelope; source, url, source_id as query parameters or X-Newsflow-* headers),",
        "answering 202 with {id, partition, offset} once Kafka acknowledged. Also GET /health, /ready, /metrics."})
public final class IngestServiceCommand implements Callable<Integer> {
  @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port to listen on (default: ingest.http.port or 8080; 0 for any free one).")
  Integer port;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to bind (default: ingest.http.host, else http.host, else 127.0.0.1). Any other address needs "
          + "a token or --allow-unauthenticated.")
  String host;

  @Option(names = "--allow-unauthenticated",
      description = "Serve POST /articles without a token on a non-loopback address (something in front authenticates).")
  boolean allowUnauthenticated;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token POST /articles requires (default: ingest.http.token; prefer NEWSFLOW_INGEST_HTTP_TOKEN, "
          + "as flags show in the process list).")
  String token;

  @Mixin
  ConfigOptions connection = new ConfigOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (token != null) {
      // Same reason as a secret given with -D (ConfigOptions): a flag is readable by every user in the process list.
      err.println("ingest-service: warning: --token is visible in the process list to every user of this machine; "
          + "give it as NEWSFLOW_INGEST_HTTP_TOKEN in the environment or ingest.http.token in the --config file instead");
      err.flush();
    }
    IngestServer server;
    HttpSettings settings;
    try {
      NewsflowConfig config = connection.load().with(overrides());
      settings = HttpSettings.from(config);
      server = IngestServer.start(config, settings);
    } catch (IllegalArgumentException | KafkaException e) {
      err.println("ingest-service: " + e.getMessage());
      return IngestCommand.BAD_CONFIG;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } finally {
        stopped.countDown();
      }
    }, "newsflow-ingest-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("ingest-service listening on http://%s:%d (%s); POST /articles, GET /health /ready /metrics%n",
        settings.host(), server.port(), settings.token() == null ? "no token required" : "bearer token required");
    out.flush();
    stopped.await();
    return IngestCommand.OK;
  }

  private Map<String, String> overrides() {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (port != null) {
      overrides.put(HttpSettings.PORT_KEY, String.valueOf(port));
    }
    if (host != null) {
      overrides.put(HttpSettings.HOST_KEY, host);
    }
    if (token != null) {
      overrides.put(HttpSettings.TOKEN_KEY, token);
    }
    if (allowUnauthenticated) {
      overrides.put(HttpSettings.ALLOW_UNAUTHENTICATED_KEY, "true");
    }
    return overrides;
  }
}
