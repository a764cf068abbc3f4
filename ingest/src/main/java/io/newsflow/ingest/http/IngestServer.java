package io.newsflow.ingest.http;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.ingest.publisher.ArticlePublisher;
import io.newsflow.schemas.config.NewsflowConfig;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest HTTP service: {@code POST /articles} for newsroom systems that speak HTTP, plus
 * {@code /health}, {@code /ready} and {@code /metrics} for operators. Closing it stops taking
 * requests first, then flushes the producer, so nothing acknowledged-in-progress is lost.
 */
public final class IngestServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestServer.class);

  private final Javalin app;
  private final ArticlePublisher publisher;
  private final AutoCloseable probe;

  private IngestServer(Javalin app, ArticlePublisher publisher, AutoCloseable probe) {
    this.app = app;
    this.publisher = publisher;
    this.probe = probe;
  }

  /** Creates the producer, readiness probe and metrics from the config, and starts listening. */
  public static IngestServer start(NewsflowConfig config, HttpSettings settings) {
    // send() blocks while it fetches metadata; without this a request could wait past its ack timeout.
    if (config.get("kafka.max.block.ms", null) == null) {
      config = config.with(Map.of("kafka.max.block.ms", String.valueOf(settings.ackTimeout().toMillis())));
    }
    ArticlePublisher publisher = ArticlePublisher.create(config);
    BrokerProbe probe;
    try {
      probe = BrokerProbe.create(config);
    } catch (RuntimeException e) {
      publisher.close();
      throw e;
    }
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    publisher.bindMetrics(metrics);
    return start(settings, publisher, probe, probe, metrics);
  }

  /**
   * @param ready whether the service can take articles now
   * @param owned closed with the server, after the publisher
   */
  static IngestServer start(HttpSettings settings, ArticlePublisher publisher, BooleanSupplier ready, AutoCloseable owned,
      PrometheusMeterRegistry metrics) {
    ArticleEndpoint articles = new ArticleEndpoint(publisher, settings);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = publisher.intake().limits().maxEnvelopeBytes();
      config.routes.post("/articles", articles::post);
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ArticleEndpoint.respond(ctx, 500, ArticleEndpoint.error("internal_error", String.valueOf(e.getMessage())));
      });
      config.routes.get("/health", ctx -> ArticleEndpoint.respond(ctx, 200, Map.of("status", "UP")));
      config.routes.get("/ready", ctx -> {
        boolean isReady = ready.getAsBoolean();
        ArticleEndpoint.respond(ctx, isReady ? 200 : 503, Map.of("ready", isReady));
      });
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    });
    IngestServer server = new IngestServer(app, publisher, owned);
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      publisher.close();
      try {
        probe.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close the readiness probe: " + e.getMessage(), e);
      }
    }
  }
}
