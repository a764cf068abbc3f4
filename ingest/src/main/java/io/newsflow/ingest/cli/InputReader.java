package io.newsflow.ingest.cli;

import io.newsflow.ingest.encoding.BodyDecoder;
import io.newsflow.ingest.encoding.UndecodableTextException;
import io.newsflow.ingest.envelope.EnvelopeReader;
import io.newsflow.ingest.envelope.JsonLines;
import io.newsflow.ingest.envelope.MalformedEnvelopeException;
import io.newsflow.ingest.intake.IntakeLimits;
import io.newsflow.ingest.intake.Reason;
import io.newsflow.ingest.intake.Rejection;
import io.newsflow.ingest.intake.Submission;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * Turns files into submissions: one per text or HTML file or .json envelope, one per line of
 * JSON Lines. Whatever cannot become a submission (a file too big to read, a broken envelope) is
 * handed on as a rejection with its location, so the run reports it and carries on.
 */
final class InputReader {
  /** Receives what the files contain, in order. */
  interface Sink {
    void submit(String location, Submission submission, long bytes) throws InterruptedException;

    void reject(String location, Rejection rejection, long bytes);
  }

  /** Larger stdin is refused: it is held in memory to decide whether it is text or JSON. */
  static final int MAX_STDIN_BYTES = 256 * 1024 * 1024;

  private final String source;
  private final IntakeLimits limits;
  private final InputStream stdin;

  InputReader(String source, IntakeLimits limits, InputStream stdin) {
    this.source = source;
    this.limits = limits;
    this.stdin = stdin;
  }

  void read(InputFile input, Sink sink) throws IOException, InterruptedException {
    String location = input.location();
    switch (input.kind()) {
      case TEXT, HTML -> {
        if (input.size() > limits.maxArticleBytes()) {
          sink.reject(location, tooLarge(input.size(), limits.maxArticleBytes(), IntakeLimits.ARTICLE_KEY), input.size());
          return;
        }
        byte[] bytes = Files.readAllBytes(input.path());
        sink.submit(location, Submission.builder().source(source).contentType(input.kind().contentType).body(bytes).build(),
            bytes.length);
      }
      case ENVELOPE -> {
        if (input.size() > limits.maxEnvelopeBytes()) {
          sink.reject(location, tooLarge(input.size(), limits.maxEnvelopeBytes(), IntakeLimits.ENVELOPE_KEY), input.size());
          return;
        }
        byte[] bytes = Files.readAllBytes(input.path());
        envelope(location, bytes, sink);
      }
      case JSON_LINES -> {
        try (InputStream in = Files.newInputStream(input.path())) {
          jsonLines(location, in, sink);
        }
      }
      case STDIN -> stdin(sink);
      case UNSUPPORTED -> sink.reject(location, Rejection.of(Reason.UNSUPPORTED_CONTENT_TYPE,
          "not a file type ingest reads; use .txt, .html, .htm, .json, .jsonl or .ndjson"), input.size());
    }
  }

  private void stdin(Sink sink) throws IOException, InterruptedException {
    // JSON Lines are sent as they arrive, so a feed piped in (tail -f, a scraper) goes out at once
    // and memory stays flat; anything else is read whole first to tell an envelope from text.
    BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
    if (startsWithJsonObjectLine(in)) {
      jsonLines("stdin", in, sink);
      return;
    }
    byte[] bytes = in.readNBytes(MAX_STDIN_BYTES + 1);
    if (bytes.length > MAX_STDIN_BYTES) {
      sink.reject("stdin", Rejection.of(Reason.TOO_LARGE, "stdin is over " + MAX_STDIN_BYTES
          + " bytes; pass the files by name or split them"), bytes.length);
      return;
    }
    String text;
    try {
      text = BodyDecoder.decode(bytes, null, false);
    } catch (UndecodableTextException e) {
      // Not text we can read at all: let intake refuse it with the usual reason.
      sink.submit("stdin", Submission.builder().source(source).contentType("text/plain").body(bytes).build(), bytes.length);
      return;
    }
    if (EnvelopeReader.isJsonObject(text)) {
      envelope("stdin", bytes, sink);
    } else if (isJsonLines(text)) {
      jsonLines("stdin", new ByteArrayInputStream(bytes), sink);
    } else {
      sink.submit("stdin", Submission.builder().source(source).contentType("text/plain").body(bytes).build(), bytes.length);
    }
  }

  /** Whether the first non-blank line is a whole JSON object; the stream is left where it was. */
  private boolean startsWithJsonObjectLine(BufferedInputStream in) throws IOException {
    int limit = limits.maxEnvelopeBytes() + 2;
    in.mark(limit);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean blank = true;
    for (int read = 0, b; read < limit && (b = in.read()) >= 0; read++) {
      if (b == '\n' && !blank) {
        break;
      }
      line.write(b);
      blank &= Character.isWhitespace(b);
    }
    in.reset();
    try {
      return !blank && EnvelopeReader.isJsonObject(BodyDecoder.decode(line.toByteArray(), null, false));
    } catch (UndecodableTextException e) {
      return false;
    }
  }

  private static boolean isJsonLines(String text) {
    String[] lines = text.split("\n");
    int objects = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (!EnvelopeReader.isJsonObject(line)) {
        return false;
      }
      objects++;
    }
    return objects > 0;
  }

  private void envelope(String location, byte[] bytes, Sink sink) throws InterruptedException {
    String json;
    try {
      json = BodyDecoder.decode(bytes, null, false);
    } catch (UndecodableTextException e) {
      sink.reject(location, Rejection.of(Reason.INVALID_ENCODING, "the envelope is " + e.getMessage()), bytes.length);
      return;
    }
    try {
      sink.submit(location, EnvelopeReader.read(json).toSubmission(source, null, null), bytes.length);
    } catch (MalformedEnvelopeException e) {
      sink.reject(location, new Rejection(Reason.MALFORMED_ENVELOPE, e.getMessage(), null, source), bytes.length);
    }
  }

  private void jsonLines(String location, InputStream in, Sink sink) throws IOException, InterruptedException {
    JsonLines lines = new JsonLines(in, limits.maxEnvelopeBytes());
    for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      String lineLocation = location + ":" + line.number();
      if (line.tooLong()) {
        sink.reject(lineLocation, tooLarge(line.length(), limits.maxEnvelopeBytes(), IntakeLimits.ENVELOPE_KEY), line.length());
      } else {
        envelope(lineLocation, line.bytes(), sink);
      }
    }
  }

  private Rejection tooLarge(long size, long limit, String key) {
    return new Rejection(Reason.TOO_LARGE, "the input is " + size + " bytes, over the limit of " + limit + " (" + key + ")",
        null, source);
  }
}
