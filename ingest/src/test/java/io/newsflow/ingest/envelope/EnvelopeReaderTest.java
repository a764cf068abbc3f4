package io.newsflow.ingest.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.intake.Submission;
import java.nio.charset.Charset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EnvelopeReaderTest {
  @Test
  void readsEveryField() throws Exception {
    Envelope envelope = EnvelopeReader.read("""
        {"source": "wp.pl", "url": "https://wp.pl/a", "source_id": "42", "content_type": "text/html",
         "body": "<p>Zażółć</p>", "metadata": {"author": "Anna Nowak", "section": "kraj"}}""");
    assertThat(envelope.source()).isEqualTo("wp.pl");
    assertThat(envelope.url()).isEqualTo("https://wp.pl/a");
    assertThat(envelope.sourceId()).isEqualTo("42");
    assertThat(envelope.contentType()).isEqualTo("text/html");
    assertThat(envelope.body()).isEqualTo("<p>Zażółć</p>");
    assertThat(envelope.metadata()).containsEntry("author", "Anna Nowak").containsEntry("section", "kraj");
  }

  @Test
  void onlyBodyIsRequired() throws Exception {
    Envelope envelope = EnvelopeReader.read("{\"body\": \"text\"}");
    assertThat(envelope.source()).isNull();
    assertThat(envelope.metadata()).isEmpty();
  }

  @Test
  void carriesRawBytesWithTheirCharset() throws Exception {
    byte[] bytes = "Zażółć".getBytes(Charset.forName("windows-1250"));
    Envelope envelope = EnvelopeReader.read("{\"source\":\"x\",\"body_base64\":\"" + Base64.getEncoder().encodeToString(bytes)
        + "\",\"charset\":\"windows-1250\"}");
    assertThat(envelope.bodyBytes()).isEqualTo(bytes);
    Submission submission = envelope.toSubmission(null, null, null);
    assertThat(submission.body()).isEqualTo(bytes);
    assertThat(submission.charset()).isEqualTo("windows-1250");
  }

  @Test
  void fallbacksFillOnlyWhatTheEnvelopeLeavesOut() throws Exception {
    Submission submission = EnvelopeReader.read("{\"source\":\"wp.pl\",\"body\":\"t\"}")
        .toSubmission("fallback", "https://fallback/u", "fallback-id");
    assertThat(submission.source()).isEqualTo("wp.pl");
    assertThat(submission.url()).isEqualTo("https://fallback/u");
    assertThat(submission.sourceId()).isEqualTo("fallback-id");
    assertThat(submission.text()).isEqualTo("t");
  }

  @Test
  void rejectsBrokenJsonWithItsPosition() {
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\": \"unterminated}"))
        .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
  }

  @Test
  void rejectsWhatIsNotAnObject() {
    assertThatThrownBy(() -> EnvelopeReader.read("[{\"body\":\"t\"}]")).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> EnvelopeReader.read("  ")).isInstanceOf(MalformedEnvelopeException.class);
  }

  @Test
  void rejectsUnknownFieldsSuchAsCamelCaseTypos() {
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"t\",\"sourceId\":\"1\"}"))
        .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining("sourceId").hasMessageContaining("source_id");
  }

  @Test
  void rejectsMissingOrDoubleBody() {
    assertThatThrownBy(() -> EnvelopeReader.read("{\"source\":\"x\"}")).hasMessageContaining("no \"body\"");
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"t\",\"body_base64\":\"dA==\"}")).hasMessageContaining("both");
  }

  @Test
  void rejectsCharsetForATextBody() {
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"t\",\"charset\":\"latin1\"}")).hasMessageContaining("charset");
  }

  @Test
  void rejectsWrongTypes() {
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"t\",\"source_id\":42}")).hasMessageContaining("source_id");
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"t\",\"metadata\":{\"tags\":[\"a\"]}}")).hasMessageContaining("tags");
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"t\",\"metadata\":\"a\"}")).hasMessageContaining("metadata");
  }

  @Test
  void rejectsDuplicateKeysAndTrailingContent() {
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"a\",\"body\":\"b\"}")).isInstanceOf(MalformedEnvelopeException.class);
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body\":\"a\"} {\"body\":\"b\"}")).isInstanceOf(MalformedEnvelopeException.class);
  }

  @Test
  void rejectsInvalidBase64() {
    assertThatThrownBy(() -> EnvelopeReader.read("{\"body_base64\":\"***\"}")).hasMessageContaining("Base64");
  }
}
