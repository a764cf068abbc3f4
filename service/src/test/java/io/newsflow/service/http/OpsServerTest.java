package io.newsflow.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void readyFollowsTheServiceAndMetricsArePrometheusText() throws Exception {
    AtomicBoolean running = new AtomicBoolean(false);
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    metrics.counter("newsflow_articles_published").increment(3);
    try (OpsServer server = OpsServer.start("127.0.0.1", 0, running::get, metrics)) {
      String base = "http://127.0.0.1:" + server.port();

      assertThat(get(base + "/health").statusCode()).isEqualTo(200);
      assertThat(get(base + "/ready").statusCode()).isEqualTo(503);
      running.set(true);
      assertThat(get(base + "/ready").statusCode()).isEqualTo(200);
      HttpResponse<String> scrape = get(base + "/metrics");
      assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
      assertThat(scrape.body()).contains("newsflow_articles_published_total 3.0");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
