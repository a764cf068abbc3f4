package io.newsflow.ingest.envelope;

import io.newsflow.ingest.intake.Submission;
import java.util.Map;

/**
 * An article wrapped in JSON with what identifies it:
 * <pre>{"source": "wp.pl", "url": "https://…", "source_id": "123", "content_type": "text/html",
 *  "body": "&lt;p&gt;…", "metadata": {"author": "…"}}</pre>
 * Instead of {@code body} a sender may give {@code body_base64} with the bytes exactly as fetched
 * and their {@code charset}, so a scraper need not decode pages itself.
 *
 * @param body the text, or null when {@code bodyBytes} is given
 * @param bodyBytes the decoded {@code body_base64}, or null
 */
public record Envelope(
    String source,
    String url,
    String sourceId,
    String contentType,
    String body,
    byte[] bodyBytes,
    String charset,
    Map<String, String> metadata) {

  /**
   * The submission this envelope describes; the fallbacks (from --source, query parameters or
   * headers) fill only what the envelope leaves out.
   */
  public Submission toSubmission(String fallbackSource, String fallbackUrl, String fallbackSourceId) {
    Submission.Builder builder = Submission.builder()
        .source(source != null ? source : fallbackSource)
        .url(url != null ? url : fallbackUrl)
        .sourceId(sourceId != null ? sourceId : fallbackSourceId)
        .contentType(contentType)
        .metadata(metadata);
    if (bodyBytes != null) {
      builder.body(bodyBytes).charset(charset);
    } else {
      builder.text(body);
    }
    return builder.build();
  }
}
