package io.newsflow.service.http;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.BooleanSupplier;

/**
 * The HTTP face every service shows to its operators: {@code /health} (the process is alive),
 * {@code /ready} (it is doing its job, e.g. Kafka Streams is RUNNING) and {@code /metrics}
 * (Prometheus text format).
 */
public final class OpsServer implements AutoCloseable {
  private final Javalin app;

  private OpsServer(Javalin app) {
    this.app = app;
  }

  /** Starts on the port (0 for any free one) of {@code host} ({@code 0.0.0.0} for all interfaces). */
  public static OpsServer start(String host, int port, BooleanSupplier ready, PrometheusMeterRegistry metrics) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "UP")));
      config.routes.get("/ready", ctx -> {
        boolean isReady = ready.getAsBoolean();
        ctx.status(isReady ? 200 : 503).json(java.util.Map.of("ready", isReady));
      });
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    });
    app.start(host, port);
    return new OpsServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
