package io.newsflow.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  @Test
  void writesPlainJsonWithoutUnionWrappers() throws Exception {
    OpsEvent event = OpsEvent.newBuilder()
        .setArticleId("a1").setSource(null).setStage(Stage.ENRICH).setOutcome(Outcome.REJECTED)
        .setReason("empty body").setLatencyMs(12).setTime(Instant.parse("2026-11-25T10:00:00Z"))
        .build();

    JsonNode json = new ObjectMapper().readTree(RecordJson.toJson(event));

    assertThat(json.get("articleId").asText()).isEqualTo("a1");
    assertThat(json.get("source").isNull()).isTrue();
    assertThat(json.get("stage").asText()).isEqualTo("ENRICH");
    assertThat(json.get("reason").asText()).isEqualTo("empty body");
    assertThat(json.get("latencyMs").asLong()).isEqualTo(12);
    assertThat(json.get("time").asText()).isEqualTo("2026-11-25T10:00:00Z");
  }
}
