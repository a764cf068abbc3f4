package io.newsflow.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The article id: the first 32 hex digits (128 bits) of a SHA-256 over what identifies the article,
 * so a re-send of the same article gets the same id and downstream compaction and de-duplication work.
 * What identifies it, first that applies:
 * <ol>
 *   <li>{@code "source-id" NUL source NUL sourceId} when the sender gives its own id;</li>
 *   <li>{@code "url" NUL source NUL canonicalUrl} when it gives a URL ({@link CanonicalUrl});</li>
 *   <li>{@code "text" NUL source NUL text}, a hash of the content, otherwise.</li>
 * </ol>
 * The source is trimmed and lower-cased; the source id is trimmed. The source is always part of the
 * key so two outlets running the same agency copy without URLs still have two articles.
 */
public final class ArticleId {
  public static final int LENGTH = 32;

  private ArticleId() {}

  /**
   * @param canonicalUrl the URL as returned by {@link CanonicalUrl#of}, or null
   * @param text the decoded text; used only when there is neither a source id nor a URL
   */
  public static String derive(String source, String sourceId, String canonicalUrl, String text) {
    String identity = identity(source, sourceId, canonicalUrl);
    return identity != null ? identity : digest("text", source, text);
  }

  /**
   * {@link #derive} for a text given as its UTF-8 bytes ({@code length} bytes from {@code offset}): the
   * same id, without encoding a text that arrived as UTF-8 a second time.
   */
  public static String derive(String source, String sourceId, String canonicalUrl, byte[] textUtf8, int offset, int length) {
    String identity = identity(source, sourceId, canonicalUrl);
    return identity != null ? identity : digest("text", source, textUtf8, offset, length);
  }

  /** The id when the source id or URL decide it, else null (the text is then needed). */
  public static String identity(String source, String sourceId, String canonicalUrl) {
    if (sourceId != null && !sourceId.isBlank()) {
      return digest("source-id", source, sourceId.trim());
    }
    if (canonicalUrl != null) {
      return digest("url", source, canonicalUrl);
    }
    return null;
  }

  private static String digest(String kind, String source, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return digest(kind, source, bytes, 0, bytes.length);
  }

  private static String digest(String kind, String source, byte[] value, int offset, int length) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    // The same bytes as one "kind NUL source NUL value" string, without copying a whole article into it.
    sha256.update((kind + '\0' + source.trim().toLowerCase(Locale.ROOT) + '\0').getBytes(StandardCharsets.UTF_8));
    sha256.update(value, offset, length);
    byte[] hash = sha256.digest();
    return HexFormat.of().formatHex(hash, 0, LENGTH / 2);
  }
}
