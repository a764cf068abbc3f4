package io.newsflow.ingest.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.ingest.intake.Article;

/**
 * An admitted article written back as one line of JSON Lines, so it can be sent again later
 * exactly as it was: the same fields give the same article id, and the text is kept as decoded
 * (a JSON string needs no charset).
 */
public final class EnvelopeWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EnvelopeWriter() {}

  /** One line of JSON, without the line end. */
  public static String line(Article article) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("source", article.source());
    if (article.url() != null) {
      envelope.put("url", article.url());
    }
    if (article.sourceId() != null) {
      envelope.put("source_id", article.sourceId());
    }
    envelope.put("content_type", article.contentType());
    envelope.put("body", article.text());
    if (!article.metadata().isEmpty()) {
      ObjectNode metadata = envelope.putObject("metadata");
      article.metadata().forEach(metadata::put);
    }
    try {
      return JSON.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an article of strings always serializes", e);
    }
  }
}
