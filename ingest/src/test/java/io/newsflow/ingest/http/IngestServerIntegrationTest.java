package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.RawArticle;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.ingest.KafkaTestSupport;
import io.newsflow.schemas.config.NewsflowConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestServerIntegrationTest {
  private static final String RAW = "http-it.raw";
  private static final String OPS = "http-it.ops";
  private static final String TOKEN = "s3cret-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private EmbeddedStack stack;
  private IngestServer server;

  @BeforeAll
  void start(EmbeddedStack stack) throws Exception {
    this.stack = stack;
    KafkaTestSupport.createTopics(stack, RAW, OPS);
    NewsflowConfig config = KafkaTestSupport.config(stack, RAW, OPS, Map.of("ingest.max.article.bytes", "2000"));
    server = IngestServer.start(config, new HttpSettings("127.0.0.1", 0, TOKEN, Duration.ofSeconds(10)));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void acceptsPlainTextOnceKafkaAcknowledged() throws Exception {
    HttpResponse<String> response = post("/articles?source=wp.pl&url=https://wp.pl/a/1", "text/plain; charset=utf-8",
        "Sejm uchwalił ustawę.".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonNode receipt = JSON.readTree(response.body());
    assertThat(receipt.get("id").asText()).matches("[0-9a-f]{32}");
    assertThat(receipt.get("partition").asInt()).isBetween(0, 2);
    assertThat(receipt.has("offset")).isTrue();
    RawArticle article = arrived(receipt.get("id").asText());
    assertThat(article.getText()).isEqualTo("Sejm uchwalił ustawę.");
    assertThat(article.getSource().getName()).isEqualTo("wp.pl");
    assertThat(article.getSource().getUrl()).isEqualTo("https://wp.pl/a/1");
  }

  @Test
  void acceptsHtmlInItsDeclaredCharsetWithSourceInHeaders() throws Exception {
    String html = "<p>Zażółć gęślą jaźń</p>";
    HttpResponse<String> response = post("/articles", "text/html; charset=ISO-8859-2", html.getBytes(Charset.forName("ISO-8859-2")),
        Map.of("X-Newsflow-Source", "onet.pl", "X-Newsflow-Source-Id", "77"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    RawArticle article = arrived(JSON.readTree(response.body()).get("id").asText());
    assertThat(article.getText()).isEqualTo(html);
    assertThat(article.getContentType()).isEqualTo("text/html");
    assertThat(article.getSource().getSourceId()).isEqualTo("77");
  }

  @Test
  void acceptsAJsonEnvelope() throws Exception {
    String envelope = "{\"source\":\"pap.pl\",\"source_id\":\"PAP-1\",\"content_type\":\"text/plain\",\"body\":\"Depesza\","
        + "\"metadata\":{\"author\":\"Anna Nowak\"}}";
    HttpResponse<String> response = post("/articles", "application/json", envelope.getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    RawArticle article = arrived(JSON.readTree(response.body()).get("id").asText());
    assertThat(article.getMetadata()).containsEntry("author", "Anna Nowak");

    HttpResponse<String> again = post("/articles", "application/json", envelope.getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(JSON.readTree(again.body()).get("id")).isEqualTo(JSON.readTree(response.body()).get("id"));
  }

  @Test
  void answers401WithoutTheRightToken() throws Exception {
    HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/articles?source=wp.pl"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("t")).build());
    HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/articles?source=wp.pl")).header("Authorization", "Bearer nope")
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("t")).build());
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(error(wrong)).isEqualTo("unauthorized");
  }

  @Test
  void answers413ForTooLargeArticles() throws Exception {
    HttpResponse<String> response = post("/articles?source=wp.pl", "text/plain", "x".repeat(2001).getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(error(response)).isEqualTo("too_large");
    assertThat(JSON.readTree(response.body()).get("message").asText()).contains("ingest.max.article.bytes");
  }

  @Test
  void answers415ForOtherContentTypes() throws Exception {
    HttpResponse<String> pdf = post("/articles?source=wp.pl", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(pdf.statusCode()).isEqualTo(415);
    assertThat(error(pdf)).isEqualTo("unsupported_content_type");
    HttpResponse<String> form = post("/articles?source=wp.pl", "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(form.statusCode()).isEqualTo(415);
  }

  @Test
  void answers400ForWhatCannotBeAnArticle() throws Exception {
    assertThat(post("/articles?source=wp.pl", "text/plain", new byte[0], Map.of())).satisfies(r -> {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(error(r)).isEqualTo("empty");
    });
    assertThat(post("/articles?source=wp.pl", "application/json", "{\"body\": ".getBytes(StandardCharsets.UTF_8), Map.of()))
        .satisfies(r -> {
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(error(r)).isEqualTo("malformed_envelope");
        });
    assertThat(post("/articles?source=wp.pl", "text/plain", new byte[] {'a', (byte) 0xC3, '('}, Map.of())).satisfies(r -> {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(error(r)).isEqualTo("invalid_encoding");
    });
    assertThat(post("/articles", "text/plain", "no source".getBytes(StandardCharsets.UTF_8), Map.of())).satisfies(r -> {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(error(r)).isEqualTo("missing_source");
    });
  }

  @Test
  void decodesQueryParametersAsUtf8WhateverTheBodyCharset() throws Exception {
    String path = "/articles?source=zoo.pl&url=https://zoo.pl/%C5%BCaba";
    byte[] body = "Zaba article".getBytes(StandardCharsets.US_ASCII);
    List<String> ids = new java.util.ArrayList<>();
    for (String charset : List.of("utf-8", "ISO-8859-2", "windows-1252")) {
      HttpResponse<String> response = post(path, "text/plain; charset=" + charset, body, Map.of());
      assertThat(response.statusCode()).as(charset + ": " + response.body()).isEqualTo(202);
      ids.add(JSON.readTree(response.body()).get("id").asText());
    }
    assertThat(ids).containsOnly(ids.get(0));
    assertThat(arrived(ids.get(0)).getSource().getUrl()).isEqualTo("https://zoo.pl/żaba");
  }

  @Test
  void refusesQueryParametersThatAreNotUtf8() throws Exception {
    HttpResponse<String> lone = post("/articles?source=zoo.pl&url=https://zoo.pl/%C5", "text/plain", "Artykuł".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(lone.statusCode()).isEqualTo(400);
    assertThat(error(lone)).isEqualTo("invalid_encoding");
    assertThat(JSON.readTree(lone.body()).get("message").asText()).contains("parameter 'url'").contains("UTF-8");
  }

  @Test
  void answers415ForAnUnknownCharsetEvenWithTheSourceInTheQuery() throws Exception {
    HttpResponse<String> response = post("/articles?source=wp.pl&url=https://wp.pl/x", "text/plain; charset=x-no-such-charset",
        "Artykuł".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
    assertThat(error(response)).isEqualTo("unsupported_charset");
    HttpResponse<String> envelope = post("/articles?source=wp.pl", "application/json; charset=x-no-such-charset",
        "{\"body\":\"Depesza\"}".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(envelope.statusCode()).isEqualTo(415);
    assertThat(error(envelope)).isEqualTo("unsupported_charset");
  }

  @Test
  void answers400ForABodyWithoutWordsAndCountsIt() throws Exception {
    for (byte[] body : List.of(new byte[] {0}, new byte[] {7}, "x\n".repeat(900).getBytes(StandardCharsets.UTF_8))) {
      HttpResponse<String> response = post("/articles?source=wp.pl", "text/plain", body, Map.of());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(error(response)).isEqualTo("no_words");
    }
    HttpResponse<String> metrics = send(HttpRequest.newBuilder(uri("/metrics")).build());
    assertThat(metrics.body()).containsPattern("newsflow_ingest_articles_rejected_total\\{[^}]*reason=\"no_words\"[^}]*\\} [3-9]");
  }

  @Test
  void reportsHealthReadinessAndMetrics() throws Exception {
    assertThat(send(HttpRequest.newBuilder(uri("/health")).build()).statusCode()).isEqualTo(200);
    assertThat(send(HttpRequest.newBuilder(uri("/ready")).build()).statusCode()).isEqualTo(200);
    post("/articles?source=wp.pl", "text/plain", "for the metrics".getBytes(StandardCharsets.UTF_8), Map.of());
    post("/articles?source=wp.pl", "text/plain", new byte[0], Map.of());

    HttpResponse<String> metrics = send(HttpRequest.newBuilder(uri("/metrics")).build());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .containsPattern("newsflow_ingest_articles_accepted_total(\\{[^}]*\\})? [1-9]")
        .containsPattern("newsflow_ingest_articles_rejected_total\\{[^}]*reason=\"empty\"[^}]*\\} [1-9]")
        .contains("newsflow_ingest_ack_latency_seconds_count")
        .contains("kafka_producer_");
  }

  @Test
  void writesOpsEventsForAcceptedAndRejected() throws Exception {
    post("/articles?source=ops-check.pl", "text/plain", "accepted one".getBytes(StandardCharsets.UTF_8), Map.of());
    post("/articles?source=ops-check.pl", "text/plain", " ".getBytes(StandardCharsets.UTF_8), Map.of());
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<OpsEvent> mine = List.of();
    while (mine.size() < 2 && System.nanoTime() < deadline) {
      mine = KafkaTestSupport.<OpsEvent>readAll(stack, OPS, Integer.MAX_VALUE, Duration.ofMillis(500)).stream()
          .map(ConsumerRecord::value).filter(e -> "ops-check.pl".equals(e.getSource())).toList();
    }
    assertThat(mine).extracting(OpsEvent::getOutcome).containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.REJECTED);
    assertThat(mine).filteredOn(e -> e.getOutcome() == Outcome.REJECTED).singleElement()
        .satisfies(e -> assertThat(e.getReason()).startsWith("empty:"));
  }

  @Test
  void listensOnLoopbackOnlyByDefault() throws Exception {
    java.net.InetAddress external = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
    NewsflowConfig config = KafkaTestSupport.config(stack, RAW, OPS, Map.of("ingest.http.port", "0"));
    try (IngestServer local = IngestServer.start(config, HttpSettings.from(config))) {
      assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + local.port() + "/health")).build()).statusCode())
          .isEqualTo(200);
      try (java.net.Socket socket = new java.net.Socket()) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
            new java.net.InetSocketAddress(external, local.port()), 2000)).isInstanceOf(java.io.IOException.class);
      }
    }
  }

  @Test
  void answers503WhenTheBrokerDoesNotAcknowledge() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    NewsflowConfig config = NewsflowConfig.of(Map.of("bootstrap.servers", "127.0.0.1:" + deadPort,
        "schema.registry.url", stack.schemaRegistryUrl(), "topic.raw", RAW, "topic.ops.events", OPS));
    try (IngestServer unreachable = IngestServer.start(config, new HttpSettings("127.0.0.1", 0, null, Duration.ofMillis(1500)))) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + unreachable.port()
          + "/articles?source=wp.pl")).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("lost?")).build());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).isPresent();
      assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + unreachable.port() + "/ready")).build()).statusCode())
          .isEqualTo(503);
    }
  }

  private RawArticle arrived(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, RawArticle> record : KafkaTestSupport.<RawArticle>readAll(stack, RAW, Integer.MAX_VALUE, Duration.ofMillis(500))) {
        if (record.key().equals(id)) {
          return record.value();
        }
      }
    }
    throw new AssertionError("article " + id + " never arrived on " + RAW);
  }

  private HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String error(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).get("error").asText();
  }
}
