package io.newsflow.ingest.intake;

import java.util.Locale;

/**
 * A Content-Type header value split into its MIME type (lower case, no parameters) and charset.
 *
 * @param charset the {@code charset} parameter without quotes, or null
 */
public record MediaType(String mimeType, String charset) {
  public static final String TEXT_PLAIN = "text/plain";
  public static final String TEXT_HTML = "text/html";
  public static final String APPLICATION_JSON = "application/json";

  /** Parses e.g. {@code text/html; charset="ISO-8859-2"}; null or blank gives null. */
  public static MediaType parse(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    // -1 keeps empty parts, so ";;" is an empty MIME type (refused as unsupported) rather than no parts at all.
    String[] parts = header.split(";", -1);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        charset = unquote(parameter.substring(equals + 1).trim());
      }
    }
    return new MediaType(parts[0].trim().toLowerCase(Locale.ROOT), charset == null || charset.isEmpty() ? null : charset);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
