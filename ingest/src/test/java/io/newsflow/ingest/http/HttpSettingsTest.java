package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.config.NewsflowConfig;
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
}
