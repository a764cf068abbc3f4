package io.newsflow.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.newsflow.ingest.encoding.BodyDecoder;
import io.newsflow.ingest.encoding.UndecodableTextException;
import io.newsflow.ingest.envelope.EnvelopeReader;
import io.newsflow.ingest.envelope.MalformedEnvelopeException;
import io.newsflow.ingest.intake.IntakeLimits;
import io.newsflow.ingest.intake.MediaType;
import io.newsflow.ingest.intake.Reason;
import io.newsflow.ingest.intake.Rejection;
import io.newsflow.ingest.intake.Submission;
import io.newsflow.ingest.intake.SubmissionRejectedException;
import io.newsflow.ingest.publisher.ArticlePublisher;
import io.newsflow.ingest.publisher.DeliveryFailedException;
import io.newsflow.ingest.publisher.Receipt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: answers 202 only once Kafka has acknowledged the article, so a client
 * that got 202 can forget it, and one that got 503 can send it again (same id, idempotent producer).
 */
final class ArticleEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleEndpoint.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticlePublisher publisher;
  private final IntakeLimits limits;
  private final byte[] tokenHash;
  private final Duration ackTimeout;

  ArticleEndpoint(ArticlePublisher publisher, HttpSettings settings) {
    this.publisher = publisher;
    this.limits = publisher.intake().limits();
    this.tokenHash = settings.token() == null ? null : sha256(settings.token());
    this.ackTimeout = settings.ackTimeout();
  }

  void post(Context ctx) throws IOException {
    if (!authorized(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"newsflow\"");
      respond(ctx, 401, error("unauthorized", "send the ingest token as 'Authorization: Bearer <token>'"));
      return;
    }
    String contentType = ctx.header("Content-Type");
    MediaType type = MediaType.parse(contentType);
    boolean envelope = type != null && type.mimeType().equals(MediaType.APPLICATION_JSON);
    if (type == null || !(envelope || type.mimeType().equals(MediaType.TEXT_PLAIN) || type.mimeType().equals(MediaType.TEXT_HTML))) {
      reject(ctx, Rejection.of(Reason.UNSUPPORTED_CONTENT_TYPE, (type == null ? "no Content-Type" : "Content-Type '" + contentType + "'")
          + "; send text/plain or text/html with the article, or application/json with an envelope"));
      return;
    }
    if (type.charset() != null) {
      // Before anything else that reads the request, so an unknown charset is always named as such.
      try {
        BodyDecoder.charsetNamed(type.charset().trim());
      } catch (UndecodableTextException e) {
        reject(ctx, Rejection.of(Reason.UNSUPPORTED_CHARSET, e.getMessage()));
        return;
      }
    }
    QueryParameters query;
    try {
      query = QueryParameters.parse(ctx.queryString());
    } catch (QueryParameters.InvalidQueryException e) {
      reject(ctx, Rejection.of(Reason.INVALID_ENCODING, e.getMessage()));
      return;
    }
    int limit = envelope ? limits.maxEnvelopeBytes() : limits.maxArticleBytes();
    String limitKey = envelope ? IntakeLimits.ENVELOPE_KEY : IntakeLimits.ARTICLE_KEY;
    byte[] body = ctx.contentLength() > limit ? null : readAtMost(ctx.bodyInputStream(), limit);
    if (body == null) {
      reject(ctx, Rejection.of(Reason.TOO_LARGE, "the request body is over the limit of " + limit + " bytes (" + limitKey + ")"));
      return;
    }
    if (body.length == 0) {
      reject(ctx, Rejection.of(Reason.EMPTY, "the request body is empty"));
      return;
    }

    String source = firstOf(query.get("source"), ctx.header("X-Newsflow-Source"));
    String url = firstOf(query.get("url"), ctx.header("X-Newsflow-Url"));
    String sourceId = firstOf(query.get("source_id"), ctx.header("X-Newsflow-Source-Id"));
    Submission submission;
    if (envelope) {
      try {
        String json = BodyDecoder.decode(body, type.charset(), false);
        submission = EnvelopeReader.read(json).toSubmission(source, url, sourceId);
      } catch (UndecodableTextException e) {
        reject(ctx, Rejection.of(e.kind() == UndecodableTextException.Kind.UNSUPPORTED_CHARSET
            ? Reason.UNSUPPORTED_CHARSET : Reason.INVALID_ENCODING, "the envelope is " + e.getMessage()));
        return;
      } catch (MalformedEnvelopeException e) {
        reject(ctx, new Rejection(Reason.MALFORMED_ENVELOPE, e.getMessage(), null, source));
        return;
      }
    } else {
      submission = Submission.builder().source(source).url(url).sourceId(sourceId).contentType(contentType).body(body).build();
    }
    ctx.future(() -> publisher.send(submission).orTimeout(ackTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        .handle((receipt, failure) -> {
          answer(ctx, receipt, failure);
          return null;
        }));
  }

  private void answer(Context ctx, Receipt receipt, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause == null) {
      Map<String, Object> accepted = new LinkedHashMap<>();
      accepted.put("id", receipt.articleId());
      accepted.put("partition", receipt.partition());
      accepted.put("offset", receipt.offset());
      respond(ctx, 202, accepted);
    } else if (cause instanceof SubmissionRejectedException rejected) {
      respond(ctx, status(rejected.rejection().reason()), rejection(rejected.rejection()));
    } else if (cause instanceof TimeoutException) {
      ctx.header("Retry-After", "5");
      respond(ctx, 503, error("not_acknowledged", "Kafka did not acknowledge the article within " + ackTimeout.toMillis()
          + " ms; it may still arrive. Sending it again is safe: it keeps its id"));
    } else if (cause instanceof DeliveryFailedException) {
      ctx.header("Retry-After", "5");
      respond(ctx, 503, error("delivery_failed", cause.getMessage()));
    } else {
      LOG.error("unexpected failure sending an article", cause);
      respond(ctx, 500, error("internal_error", String.valueOf(cause.getMessage())));
    }
  }

  private void reject(Context ctx, Rejection rejection) {
    publisher.reportRejection(rejection);
    respond(ctx, status(rejection.reason()), rejection(rejection));
  }

  static int status(Reason reason) {
    return switch (reason) {
      case TOO_LARGE -> 413;
      case UNSUPPORTED_CONTENT_TYPE, UNSUPPORTED_CHARSET -> 415;
      default -> 400;
    };
  }

  private boolean authorized(String header) {
    if (tokenHash == null) {
      return true;
    }
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    // Hashing first gives both sides the same length, so the comparison time says nothing about the token.
    return MessageDigest.isEqual(tokenHash, sha256(header.substring(prefix.length()).trim()));
  }

  private static Map<String, Object> rejection(Rejection rejection) {
    Map<String, Object> body = error(rejection.reason().code(), rejection.message());
    if (rejection.articleId() != null) {
      body.put("id", rejection.articleId());
    }
    return body;
  }

  static Map<String, Object> error(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    return body;
  }

  static void respond(Context ctx, int status, Map<String, Object> body) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON response", e);
    }
  }

  /** The whole stream, or null as soon as it is longer than the limit. */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? null : bytes;
  }

  private static String firstOf(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
