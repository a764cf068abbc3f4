package io.newsflow.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns received bytes into text without ever guessing: a byte-order mark wins, then the charset the
 * sender declared (Content-Type or envelope), then an HTML {@code <meta charset>} in the first 1024
 * bytes, else strict UTF-8. Decoding reports malformed and unmappable bytes instead of replacing them,
 * because a replacement character in the archive is a silent, permanent corruption of the article.
 *
 * <p>The order is the one browsers use (WHATWG Encoding, "BOM sniff" before the transport's label).
 */
public final class BodyDecoder {
  private static final int META_PRESCAN_BYTES = 1024;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private BodyDecoder() {}

  /**
   * @param bytes the body as received
   * @param declaredCharset charset named by the sender, or null
   * @param html whether to look for a {@code <meta charset>} when nothing else declares one
   * @return the text, without a byte-order mark
   */
  public static String decode(byte[] bytes, String declaredCharset, boolean html) throws UndecodableTextException {
    return decodeBody(bytes, declaredCharset, html).text();
  }

  /**
   * The text a body decodes to, and whether it was UTF-8: then the body from {@code utf8Offset} on is
   * exactly the text's UTF-8 (strict decoding round-trips), and callers can hash or measure those bytes
   * instead of encoding the text again.
   *
   * @param utf8Offset where the text's UTF-8 starts in the body (after a UTF-8 byte-order mark), or -1
   *     when the body was in another charset
   */
  public record Decoded(String text, int utf8Offset) {}

  /** {@link #decode}, saying also whether the body was UTF-8. */
  public static Decoded decodeBody(byte[] bytes, String declaredCharset, boolean html) throws UndecodableTextException {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return decoded(bytes, bom.length, bom.charset, "its byte-order mark");
    }
    if (declaredCharset != null && !declaredCharset.isBlank()) {
      return decoded(bytes, 0, charsetNamed(declaredCharset.trim()), "the declared charset");
    }
    if (html) {
      Charset meta = metaCharset(bytes);
      if (meta != null) {
        return decoded(bytes, 0, meta, "its <meta charset>");
      }
    }
    return decoded(bytes, 0, StandardCharsets.UTF_8, "UTF-8 (no charset was declared)");
  }

  private static Decoded decoded(byte[] bytes, int offset, Charset charset, String why) throws UndecodableTextException {
    String text = decodeStrictly(bytes, offset, charset, why);
    return new Decoded(text, charset.equals(StandardCharsets.UTF_8) ? offset : -1);
  }

  /** The charset for a name, or a rejection naming it. */
  public static Charset charsetNamed(String name) throws UndecodableTextException {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UndecodableTextException(UndecodableTextException.Kind.UNSUPPORTED_CHARSET,
          "charset '" + name + "' is not supported; use a standard name such as UTF-8, ISO-8859-2 or windows-1250");
    }
  }

  /**
   * Checks that a string handed over as text can be stored as UTF-8 as it is: Avro would write an
   * unpaired surrogate as '?', which is the same silent corruption the strict decoding prevents.
   *
   * @return null when well-formed, else a description of the first bad character
   */
  public static String malformation(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "unpaired surrogate U+" + HexFormat.of().withUpperCase().toHexDigits(c) + " at character " + i;
      }
      if (Character.isLowSurrogate(c)) {
        return "unpaired surrogate U+" + HexFormat.of().withUpperCase().toHexDigits(c) + " at character " + i;
      }
    }
    return null;
  }

  private static String decodeStrictly(byte[] bytes, int offset, Charset charset, String why)
      throws UndecodableTextException {
    // The JDK's String decoding is intrinsic and several times faster than a CharsetDecoder; it puts U+FFFD
    // where bytes are bad. Without a U+FFFD the text is exactly what the strict decoder returns; with one
    // (bad bytes, or a U+FFFD the sender really wrote) the strict decoder decides and says where.
    String text = new String(bytes, offset, bytes.length - offset, charset);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int length = Math.max(1, Math.min(result.length(), bytes.length - at));
      String sample = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, at, Math.min(bytes.length, at + length));
      throw new UndecodableTextException(UndecodableTextException.Kind.INVALID_BYTES,
          "not valid " + charset.name() + " (chosen by " + why + ") at byte " + at + " (" + sample + ")"
              + "; declare the charset the text is really in, or send UTF-8");
    }
    out.flip();
    return out.toString();
  }

  private static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    if (!matcher.find()) {
      return null;
    }
    String name = matcher.group(1).toLowerCase(Locale.ROOT);
    // A page that says utf-16 in ASCII bytes cannot be UTF-16; browsers read it as UTF-8.
    if (name.startsWith("utf-16")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label in markup is ignored, as browsers do; strict UTF-8 still applies
    }
  }

  private enum Bom {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    final Charset charset;
    final int[] marker;
    final int length;

    Bom(Charset charset, int... marker) {
      this.charset = charset;
      this.marker = marker;
      this.length = marker.length;
    }

    static Bom of(byte[] bytes) {
      for (Bom bom : values()) {
        if (bom.matches(bytes)) {
          return bom;
        }
      }
      return null;
    }

    private boolean matches(byte[] bytes) {
      if (bytes.length < marker.length) {
        return false;
      }
      for (int i = 0; i < marker.length; i++) {
        if ((bytes[i] & 0xFF) != marker[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
