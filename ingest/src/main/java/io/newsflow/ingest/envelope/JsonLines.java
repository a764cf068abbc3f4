package io.newsflow.ingest.envelope;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a JSON Lines stream into lines as bytes, without decoding, so that one line in a bad
 * encoding is refused on its own instead of ending the file. Splitting on the byte {@code \n} is
 * safe because in UTF-8 that byte never occurs inside a multi-byte character. A line longer than
 * the limit is skipped to its end and reported, never held in memory whole.
 */
public final class JsonLines {
  /**
   * @param bytes the line without its line end, or null when it was over the limit
   * @param length its length in bytes (also when it was over the limit)
   */
  public record Line(long number, byte[] bytes, long length) {
    public boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private long number;
  private boolean ended;

  public JsonLines(InputStream in, int maxLineBytes) {
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line that is not blank, or null at the end of the stream. */
  public Line next() throws IOException {
    while (!ended) {
      Line line = readLine();
      if (line != null && (line.tooLong() || !isBlank(line.bytes()))) {
        return line;
      }
    }
    return null;
  }

  private Line readLine() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    long length = 0;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (length < maxLineBytes + 1L) {
        buffer.write(b);
      }
      length++;
    }
    if (b == -1) {
      ended = true;
      if (length == 0) {
        return null;
      }
    }
    number++;
    byte[] bytes = buffer.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      length--;
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return length > maxLineBytes ? new Line(number, null, length) : new Line(number, bytes, length);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
