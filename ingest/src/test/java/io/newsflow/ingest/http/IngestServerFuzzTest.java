package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.ingest.KafkaTestSupport;
import io.newsflow.ingest.intake.Reason;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzz test of POST /articles over real HTTP: random bodies, content types, charsets, query strings,
 * X-Newsflow-* headers and tokens. Every answer is a documented status with a documented error code
 * in a JSON body (never a 500 or an HTML error page), and every 202 carries an article id.
 */
@ExtendWith(EmbeddedStackExtension.class)
class IngestServerFuzzTest {
  private static final long SEED = Long.getLong("newsflow.fuzz.seed", 20261201L);
  private static final int REQUESTS = 400;
  private static final String TOKEN = "fuzz-token";
  private static final Set<String> CODES = Arrays.stream(Reason.values()).map(Reason::code)
      .collect(Collectors.toCollection(() -> new java.util.HashSet<>(Set.of("unauthorized"))));
  private static final String[] CONTENT_TYPES = {"text/plain", "text/html", "application/json", "text/plain; charset=utf-8",
      "text/plain; charset=ISO-8859-2", "text/html; charset=windows-1252", "application/json; charset=utf-16",
      "text/plain; charset=x-nope", "text/plain; charset=\"utf-8\"", "application/pdf", ";;", "text/plain;;charset=",
      "TEXT/HTML; CHARSET=UTF-8", "application/x-www-form-urlencoded", "*/*"};
  private static final String[] BODIES = {"Sejm uchwalił ustawę.", "<p>Premier w Brukseli</p>", "\u0000", "x\nx\nx\n",
      "{\"source\":\"pap.pl\",\"body\":\"Depesza\"}", "{\"body\": ", "{\"body\":\"Treść\",\"sourceId\":\"1\"}",
      "{\"body_base64\":\"WmHFvMOzxYLEhw==\",\"charset\":\"windows-1250\"}", "", "   ", "Пожар в Москве"};

  private final Random random = new Random(SEED);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void answersEveryRequestWithADocumentedStatusAndCode(EmbeddedStack stack) throws Exception {
    KafkaTestSupport.createTopics(stack, "http-fuzz.raw", "http-fuzz.ops");
    Map<Integer, Integer> statuses = new TreeMap<>();
    try (IngestServer server = IngestServer.start(KafkaTestSupport.config(stack, "http-fuzz.raw", "http-fuzz.ops",
        Map.of("ingest.max.article.bytes", "4096")), new HttpSettings("127.0.0.1", 0, TOKEN, Duration.ofSeconds(10)))) {
      for (int i = 0; i < REQUESTS; i++) {
        HttpRequest request = request(server.port());
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        statuses.merge(response.statusCode(), 1, Integer::sum);
        String what = "request " + i + " " + request.uri() + " " + request.headers().map() + " -> " + response.body();
        assertThat(response.statusCode()).as(what).isIn(202, 400, 401, 413, 415);
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
            type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() == 202) {
          assertThat(body.get("id").asText()).as(what).matches("[0-9a-f]{32}");
        } else {
          assertThat(body.get("error").asText()).as(what).isIn(CODES);
          assertThat(body.get("message").asText()).as(what).isNotBlank();
        }
      }
    }
    System.out.printf("HTTP fuzz (seed %d): %d requests, by status %s%n", SEED, REQUESTS, statuses);
    assertThat(statuses).containsKeys(202, 400, 401, 415);
  }

  private HttpRequest request(int port) {
    StringBuilder query = new StringBuilder();
    if (random.nextInt(3) > 0) {
      query.append("source=").append(escape(pick(new String[] {"wp.pl", "ONET.pl", " ", "żaba.pl", "a&b"})));
    }
    if (random.nextBoolean()) {
      query.append(query.length() > 0 ? "&" : "").append("url=")
          .append(escape(pick(new String[] {"https://wp.pl/a", "https://wp.pl/%C5%BCaba", "/relative", "https://x.pl/" + random.nextInt(1000)})));
    }
    if (random.nextInt(4) == 0) {
      query.append(query.length() > 0 ? "&" : "").append("source_id=").append(randomEscapes());
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"
        + (query.length() > 0 ? "?" + query : "")));
    int auth = random.nextInt(10);
    if (auth > 0) {
      builder.header("Authorization", auth == 1 ? "Bearer wrong" : auth == 2 ? "bearer " + TOKEN : "Bearer " + TOKEN);
    }
    if (random.nextInt(8) > 0) {
      builder.header("Content-Type", pick(CONTENT_TYPES));
    }
    if (random.nextInt(4) == 0) {
      builder.header("X-Newsflow-Source", pick(new String[] {"pap.pl", "", "x y", "\u00e9"}));
    }
    if (random.nextInt(6) == 0) {
      builder.header("X-Newsflow-Url", pick(new String[] {"https://pap.pl/1", "nope", "http://"}));
    }
    byte[] body;
    switch (random.nextInt(4)) {
      case 0 -> {
        body = new byte[random.nextInt(200)];
        random.nextBytes(body);
      }
      case 1 -> body = ("Artykuł " + "słowo ".repeat(random.nextInt(1000))).getBytes(StandardCharsets.UTF_8);
      default -> body = pick(BODIES).getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
    }
    return builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(30)).build();
  }

  /** A percent-escaped run of random bytes: valid in a URI, often not valid UTF-8. */
  private String randomEscapes() {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
      escaped.append('%').append(String.format("%02X", random.nextInt(256)));
    }
    return escaped.toString();
  }

  private static String escape(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
