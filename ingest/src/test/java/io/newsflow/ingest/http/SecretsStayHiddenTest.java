package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.ingest.KafkaTestSupport;
import io.newsflow.schemas.config.NewsflowConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credentials given to ingest (SASL JAAS config, registry user info, the HTTP token) never show in
 * what the process writes or answers: its log, /metrics, /ready, and every error body.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SecretsStayHiddenTest {
  private static final String SASL_PASSWORD = "sasl-pw-7f3a91";
  private static final String REGISTRY_PASSWORD = "registry-pw-5c2e08";
  private static final String TOKEN = "http-token-9d41b6";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void noSecretInTheLogMetricsOrAnswers(EmbeddedStack stack) throws Exception {
    KafkaTestSupport.createTopics(stack, "secrets.raw", "secrets.ops");
    Map<String, String> secrets = new LinkedHashMap<>();
    // PLAINTEXT, so the JAAS config is carried (and logged, if anything logs it) but not used.
    secrets.put("kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
        + "username=\"ingest\" password=\"" + SASL_PASSWORD + "\";");
    secrets.put("kafka.sasl.mechanism", "PLAIN");
    secrets.put("registry.basic.auth.user.info", "ingest:" + REGISTRY_PASSWORD);
    NewsflowConfig config = KafkaTestSupport.config(stack, "secrets.raw", "secrets.ops", secrets);

    List<String> seen = new ArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    try {
      try (IngestServer server = IngestServer.start(config, new HttpSettings("127.0.0.1", 0, TOKEN, Duration.ofSeconds(10)))) {
        String base = "http://127.0.0.1:" + server.port();
        seen.add(post(base + "/articles?source=wp.pl", "Bearer wrong", "text/plain", "Artykuł").body());
        seen.add(post(base + "/articles?source=wp.pl", "Bearer " + TOKEN, "text/plain", "Sejm obradował.").body());
        seen.add(post(base + "/articles?source=wp.pl", "Bearer " + TOKEN, "text/plain; charset=nope", "Artykuł").body());
        seen.add(post(base + "/articles", "Bearer " + TOKEN, "application/json", "{\"body\": ").body());
        seen.add(get(base + "/metrics"));
        seen.add(get(base + "/ready"));
      }
      int deadPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        deadPort = socket.getLocalPort();
      }
      NewsflowConfig unreachable = config.with(Map.of("bootstrap.servers", "127.0.0.1:" + deadPort));
      try (IngestServer server = IngestServer.start(unreachable,
          new HttpSettings("127.0.0.1", 0, TOKEN, Duration.ofMillis(1500)))) {
        HttpResponse<String> refused = post("http://127.0.0.1:" + server.port() + "/articles?source=wp.pl",
            "Bearer " + TOKEN, "text/plain", "Nie dotrze.");
        assertThat(refused.statusCode()).isEqualTo(503);
        seen.add(refused.body());
      }
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    seen.add(log.toString(StandardCharsets.UTF_8));

    assertThat(seen.get(0)).contains("unauthorized");
    assertThat(seen.get(4)).contains("newsflow_ingest_articles_accepted_total");
    assertThat(seen.get(seen.size() - 1)).as("the captured log").contains("was not delivered");
    assertThat(seen).allSatisfy(text -> assertThat(text)
        .doesNotContain(SASL_PASSWORD).doesNotContain(REGISTRY_PASSWORD).doesNotContain(TOKEN));
  }

  private HttpResponse<String> post(String uri, String authorization, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", authorization)
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String get(String uri) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
