package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

  @Test
  void ingestPortWinsOverTheSharedServicePort() {
    assertThat(HttpSettings.from(NewsflowConfig.of(Map.of("http.port", "9000", "ingest.http.port", "9100"))).port())
        .isEqualTo(9100);
  }

  @Test
  void sharedServicePortAppliesWhenNoIngestPortIsSet() {
    assertThat(HttpSettings.from(NewsflowConfig.of(Map.of("http.port", "9000"))).port()).isEqualTo(9000);
    assertThat(HttpSettings.from(NewsflowConfig.of(Map.of())).port()).isEqualTo(8080);
  }

  @Test
  void listensOnLoopbackUnlessToldOtherwise() {
    assertThat(HttpSettings.from(NewsflowConfig.of(Map.of())).host()).isEqualTo("127.0.0.1");
    assertThat(HttpSettings.from(NewsflowConfig.of(Map.of("http.host", "::1"))).host()).isEqualTo("::1");
  }

  @Test
  void refusesToServeArticlesOnTheNetworkWithoutAToken() {
    assertThatThrownBy(() -> HttpSettings.from(NewsflowConfig.of(Map.of("ingest.http.host", "0.0.0.0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0.0.0:8080")
        .hasMessageContaining("NEWSFLOW_INGEST_HTTP_TOKEN")
        .hasMessageContaining("--allow-unauthenticated");
    assertThatThrownBy(() -> new HttpSettings("0.0.0.0", 0, " ", Duration.ofSeconds(1))).hasMessageContaining("set a token");
  }

  @Test
  void servesOnTheNetworkWithATokenOrWhenExplicitlyAllowed() {
    assertThat(HttpSettings.from(NewsflowConfig.of(Map.of("ingest.http.host", "0.0.0.0", "ingest.http.token", "t"))).token())
        .isEqualTo("t");
    assertThat(HttpSettings.from(NewsflowConfig.of(Map.of("ingest.http.host", "0.0.0.0",
        "ingest.http.allow.unauthenticated", "true"))).allowUnauthenticated()).isTrue();
    assertThat(HttpSettings.isLoopback("localhost")).isTrue();
    assertThat(HttpSettings.isLoopback("0.0.0.0")).isFalse();
    assertThat(HttpSettings.isLoopback("no-such-host.invalid")).isFalse();
  }
}
