package io.newsflow.ingest.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.ingest.intake.Article;
import io.newsflow.schemas.serde.TrustedRecords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class IngestEventsTest {
  static {
    TrustedRecords.install();
  }

  private static final Instant NOW = Instant.parse("2026-12-02T08:15:30.123456Z");
  private final Article article = new Article("0123456789abcdef0123456789abcdef", "wp.pl", null, null, "text/plain",
      "Sejm uchwalił ustawę.", Map.of(), 21);

  /** Built without the builder, the event is the one the builder made: same fields, same bytes on the topic. */
  @Test
  void acceptedEventIsWhatTheBuilderMade() throws IOException {
    OpsEvent built = OpsEvent.newBuilder().setArticleId(article.id()).setSource("wp.pl").setStage(Stage.INGEST)
        .setOutcome(Outcome.ACCEPTED).setReason(null).setLatencyMs(0).setTime(NOW).build();
    OpsEvent event = IngestEvents.accepted(article, NOW);
    assertThat(event).isEqualTo(built);
    assertThat(event.getTime()).isEqualTo(Instant.parse("2026-12-02T08:15:30.123Z"));
    assertThat(bytes(event)).isEqualTo(bytes(built));
  }

  @Test
  void duplicateEventSaysWhy() throws IOException {
    OpsEvent event = IngestEvents.duplicate(article, NOW);
    assertThat(event.getOutcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(event.getReason()).contains("twice");
    assertThat(event.getEntities()).isEmpty();
    assertThat(bytes(event)).isNotEqualTo(bytes(IngestEvents.accepted(article, NOW)));
  }

  private static <T extends SpecificRecord> byte[] bytes(T record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<T>(record.getSchema()).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
