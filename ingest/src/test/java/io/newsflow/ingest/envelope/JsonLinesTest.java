package io.newsflow.ingest.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  @Test
  void splitsLinesAndSkipsBlankOnesKeepingLineNumbers() throws Exception {
    List<JsonLines.Line> lines = read("{\"a\":1}\r\n\n   \n{\"b\":2}", 100);
    assertThat(lines).extracting(JsonLines.Line::number).containsExactly(1L, 4L);
    assertThat(new String(lines.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(new String(lines.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
  }

  @Test
  void reportsOverlongLinesAndCarriesOn() throws Exception {
    List<JsonLines.Line> lines = read("{\"x\":\"" + "y".repeat(50) + "\"}\n{\"ok\":1}\n", 20);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).tooLong()).isTrue();
    assertThat(lines.get(0).length()).isEqualTo(58);
    assertThat(lines.get(1).tooLong()).isFalse();
  }

  @Test
  void keepsInvalidBytesForTheCallerToReject() throws Exception {
    byte[] input = {'{', (byte) 0xFF, '}', '\n', '{', '}'};
    List<JsonLines.Line> lines = new ArrayList<>();
    JsonLines reader = new JsonLines(new ByteArrayInputStream(input), 100);
    for (JsonLines.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    assertThat(lines.get(0).bytes()).containsExactly('{', (byte) 0xFF, '}');
    assertThat(lines).hasSize(2);
  }

  private static List<JsonLines.Line> read(String text, int max) throws Exception {
    JsonLines reader = new JsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    List<JsonLines.Line> lines = new ArrayList<>();
    for (JsonLines.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }
}
