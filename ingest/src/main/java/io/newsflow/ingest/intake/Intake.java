package io.newsflow.ingest.intake;

import io.newsflow.ingest.encoding.BodyDecoder;
import io.newsflow.ingest.encoding.UndecodableTextException;
import io.newsflow.ingest.identity.ArticleId;
import io.newsflow.ingest.identity.CanonicalUrl;
import io.newsflow.ingest.identity.InvalidUrlException;
import java.util.Map;
import java.util.Set;

/**
 * The rules every article passes before it goes to Kafka, the same for the Java API, the CLI and
 * HTTP. Pure: no I/O, no Kafka; an article either comes out decoded and with its id, or the
 * submission is refused with a {@link Reason} and a message the sender can act on.
 */
public final class Intake {
  public static final Set<String> CONTENT_TYPES =
      Set.of(MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);

  private final IntakeLimits limits;

  public Intake(IntakeLimits limits) {
    this.limits = limits;
  }

  public IntakeLimits limits() {
    return limits;
  }

  public Article admit(Submission submission) throws SubmissionRejectedException {
    String source = trimToNull(submission.source());
    String sourceId = trimToNull(submission.sourceId());
    String url = trimToNull(submission.url());
    Refusal refuse = new Refusal(source, sourceId);

    if (source == null) {
      throw refuse.with(Reason.MISSING_SOURCE,
          "no source: name the outlet or feed (envelope \"source\", query parameter source, header X-Newsflow-Source or --source)");
    }
    checkWellFormed(refuse, "source", source);
    if (sourceId != null) {
      checkWellFormed(refuse, "source id", sourceId);
    }
    String canonicalUrl = null;
    if (url != null) {
      checkWellFormed(refuse, "url", url);
      try {
        canonicalUrl = CanonicalUrl.of(url);
      } catch (InvalidUrlException e) {
        throw refuse.with(Reason.INVALID_URL, e.getMessage());
      }
      refuse.canonicalUrl = canonicalUrl;
    }

    MediaType mediaType = submission.contentType() == null
        ? new MediaType(MediaType.TEXT_PLAIN, null) : MediaType.parse(submission.contentType());
    if (mediaType == null || !CONTENT_TYPES.contains(mediaType.mimeType())) {
      throw refuse.with(Reason.UNSUPPORTED_CONTENT_TYPE, "content type '" + submission.contentType()
          + "' is not accepted; send one of " + String.join(", ", CONTENT_TYPES.stream().sorted().toList()));
    }

    long receivedBytes;
    String text;
    long textBytes;
    // Where the text's UTF-8 starts in the body when the body was UTF-8, else -1.
    int utf8Offset = -1;
    byte[] body = submission.bodyUnsafe();
    if (body != null) {
      receivedBytes = body.length;
      if (body.length == 0) {
        throw refuse.with(Reason.EMPTY, "the article body is empty");
      }
      checkSize(refuse, body.length, "the article body is");
      String charset = submission.charset() != null ? submission.charset() : mediaType.charset();
      try {
        BodyDecoder.Decoded decoded = BodyDecoder.decodeBody(body, charset, mediaType.mimeType().equals(MediaType.TEXT_HTML));
        text = decoded.text();
        utf8Offset = decoded.utf8Offset();
      } catch (UndecodableTextException e) {
        throw refuse.with(e.kind() == UndecodableTextException.Kind.UNSUPPORTED_CHARSET
            ? Reason.UNSUPPORTED_CHARSET : Reason.INVALID_ENCODING, e.getMessage());
      }
      textBytes = utf8Offset >= 0 ? body.length - utf8Offset : utf8Length(text);
    } else {
      text = submission.text() == null ? "" : submission.text();
      checkWellFormed(refuse, "text", text);
      receivedBytes = utf8Length(text);
      textBytes = receivedBytes;
    }
    if (text.isBlank()) {
      throw refuse.with(Reason.EMPTY, "the article has no text (empty or only whitespace)");
    }
    checkSize(refuse, textBytes, "the article text is");

    Map<String, String> metadata = submission.metadata();
    checkMetadata(refuse, metadata);
    if (!Wording.hasWords(text, mediaType.mimeType().equals(MediaType.TEXT_HTML))) {
      throw refuse.with(Reason.NO_WORDS, "the article has no words (no run of two or more letters in any script"
          + (mediaType.mimeType().equals(MediaType.TEXT_HTML) ? " in the page's visible text" : "") + ")");
    }

    String id = utf8Offset >= 0
        ? ArticleId.derive(source, sourceId, canonicalUrl, body, utf8Offset, body.length - utf8Offset)
        : ArticleId.derive(source, sourceId, canonicalUrl, text);
    return new Article(id, source, url, sourceId, mediaType.mimeType(), text, metadata, receivedBytes);
  }

  private void checkSize(Refusal refuse, long bytes, String what) throws SubmissionRejectedException {
    if (bytes > limits.maxArticleBytes()) {
      throw refuse.with(Reason.TOO_LARGE, what + " " + bytes + " bytes, over the limit of " + limits.maxArticleBytes()
          + " (" + IntakeLimits.ARTICLE_KEY + ")");
    }
  }

  private void checkMetadata(Refusal refuse, Map<String, String> metadata) throws SubmissionRejectedException {
    long bytes = 0;
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      String key = entry.getKey();
      if (key == null || key.isBlank()) {
        throw refuse.with(Reason.INVALID_METADATA, "metadata keys must not be empty");
      }
      if (entry.getValue() == null) {
        throw refuse.with(Reason.INVALID_METADATA, "metadata '" + key + "' has no value; leave the key out instead");
      }
      checkWellFormed(refuse, "metadata '" + key + "'", key);
      checkWellFormed(refuse, "metadata '" + key + "'", entry.getValue());
      bytes += utf8Length(key) + utf8Length(entry.getValue());
    }
    if (bytes > limits.maxMetadataBytes()) {
      throw refuse.with(Reason.TOO_LARGE, "the metadata is " + bytes + " bytes, over the limit of "
          + limits.maxMetadataBytes() + " (" + IntakeLimits.METADATA_KEY + ")");
    }
  }

  private static void checkWellFormed(Refusal refuse, String field, String value) throws SubmissionRejectedException {
    String problem = BodyDecoder.malformation(value);
    if (problem != null) {
      throw refuse.with(Reason.INVALID_ENCODING, field + " is not valid Unicode: " + problem);
    }
  }

  private static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }

  private static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** Builds rejections that carry the article id whenever the source id or URL already decide it. */
  private static final class Refusal {
    private final String source;
    private final String sourceId;
    private String canonicalUrl;

    Refusal(String source, String sourceId) {
      this.source = source;
      this.sourceId = sourceId;
    }

    SubmissionRejectedException with(Reason reason, String message) {
      boolean identifiable = source != null && BodyDecoder.malformation(source) == null
          && (sourceId == null || BodyDecoder.malformation(sourceId) == null);
      String id = identifiable ? ArticleId.identity(source, sourceId, canonicalUrl) : null;
      return new SubmissionRejectedException(new Rejection(reason, message, id, source));
    }
  }
}
