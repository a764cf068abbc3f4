package io.newsflow.ingest.intake;

import java.util.Map;

/**
 * An article that passed intake: decoded, within limits, with its stable id.
 *
 * @param url the URL as sent (trimmed), or null; the id uses its canonical form
 * @param sourceId the source's own id (trimmed), or null
 * @param contentType MIME type without parameters: text/plain, text/html or application/json
 * @param text the content exactly as received, decoded; never altered
 * @param receivedBytes size of the body as received, before decoding
 */
public record Article(
    String id,
    String source,
    String url,
    String sourceId,
    String contentType,
    String text,
    Map<String, String> metadata,
    long receivedBytes) {

  public Article {
    metadata = Map.copyOf(metadata);
  }
}
