package io.newsflow.ingest.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query string of {@code POST /articles}, always percent-decoded as UTF-8 (RFC 3986 and the
 * WHATWG URL standard), whatever charset the body declares: the same {@code url=…%C5%BCaba} must
 * give the same article id under every body charset, or re-sends are not recognised.
 *
 * <p>Decoded here rather than by the servlet container, which applies the body's charset, and
 * strictly: a bad escape or invalid UTF-8 is refused, never turned into U+FFFD. The JDK's
 * {@code URLDecoder} replaces invalid bytes silently, so it does not fit.
 */
final class QueryParameters {
  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /** The first value of each name; {@code +} is a space, as HTML forms send it. */
  static QueryParameters parse(String query) throws InvalidQueryException {
    Map<String, String> values = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return new QueryParameters(values);
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals), "a parameter name");
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1), "parameter '" + name + "'");
      values.putIfAbsent(name, value);
    }
    return new QueryParameters(values);
  }

  String get(String name) {
    return values.get(name);
  }

  private static String decode(String encoded, String what) throws InvalidQueryException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
        if (low < 0) {
          throw new InvalidQueryException(what + " has a broken percent escape at character " + i
              + "; escape '%' itself as %25");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidQueryException(what + " is not valid UTF-8 once percent-decoded; query parameters are "
          + "always UTF-8, whatever the body's charset");
    }
  }

  /** A query string that cannot be read; the request is refused as {@code invalid_encoding}. */
  static final class InvalidQueryException extends Exception {
    InvalidQueryException(String message) {
      super(message);
    }
  }
}
