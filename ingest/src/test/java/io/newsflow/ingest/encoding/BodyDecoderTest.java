package io.newsflow.ingest.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {
  private static final String POLISH = "Zażółć gęślą jaźń";

  @Test
  void decodesUtf8WhenNothingIsDeclared() throws Exception {
    assertThat(BodyDecoder.decode(POLISH.getBytes(StandardCharsets.UTF_8), null, false)).isEqualTo(POLISH);
  }

  @Test
  void decodesDeclaredLatin1() throws Exception {
    byte[] bytes = "Café à Genève".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(BodyDecoder.decode(bytes, "ISO-8859-1", false)).isEqualTo("Café à Genève");
  }

  @Test
  void decodesDeclaredWindows1250() throws Exception {
    byte[] bytes = POLISH.getBytes(Charset.forName("windows-1250"));
    assertThat(BodyDecoder.decode(bytes, "windows-1250", false)).isEqualTo(POLISH);
  }

  @Test
  void stripsUtf8ByteOrderMark() throws Exception {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, POLISH.getBytes(StandardCharsets.UTF_8));
    assertThat(BodyDecoder.decode(bytes, null, false)).isEqualTo(POLISH);
  }

  @Test
  void saysWhereTheUtf8TextStartsAndWhenTheBodyWasNotUtf8() throws Exception {
    byte[] utf8 = POLISH.getBytes(StandardCharsets.UTF_8);
    assertThat(BodyDecoder.decodeBody(utf8, null, false)).isEqualTo(new BodyDecoder.Decoded(POLISH, 0));
    assertThat(BodyDecoder.decodeBody(utf8, "utf8", false).utf8Offset()).isZero();
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
    assertThat(BodyDecoder.decodeBody(withBom, null, false)).isEqualTo(new BodyDecoder.Decoded(POLISH, 3));
    assertThat(BodyDecoder.decodeBody(POLISH.getBytes(Charset.forName("windows-1250")), "windows-1250", false).utf8Offset())
        .isEqualTo(-1);
    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, POLISH.getBytes(StandardCharsets.UTF_16LE));
    assertThat(BodyDecoder.decodeBody(utf16, null, false).utf8Offset()).isEqualTo(-1);
  }

  @Test
  void byteOrderMarkWinsOverDeclaredCharset() throws Exception {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, POLISH.getBytes(StandardCharsets.UTF_16LE));
    assertThat(BodyDecoder.decode(bytes, "ISO-8859-1", false)).isEqualTo(POLISH);
  }

  @Test
  void rejectsInvalidUtf8NamingTheByte() {
    byte[] bytes = {'a', 'b', (byte) 0xC3, '(', 'c'};
    assertThatThrownBy(() -> BodyDecoder.decode(bytes, null, false))
        .isInstanceOfSatisfying(UndecodableTextException.class,
            e -> assertThat(e.kind()).isEqualTo(UndecodableTextException.Kind.INVALID_BYTES))
        .hasMessageContaining("UTF-8").hasMessageContaining("at byte 2").hasMessageContaining("C3");
  }

  @Test
  void keepsAReplacementCharacterTheSenderReallyWrote() throws Exception {
    String text = "Zeichen \uFFFD im Original";
    assertThat(BodyDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, false)).isEqualTo(text);
  }

  @Test
  void rejectsBadBytesBesideAGenuineReplacementCharacter() {
    byte[] genuine = "\uFFFD ok ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(genuine, new byte[] {(byte) 0xC3, '('});
    assertThatThrownBy(() -> BodyDecoder.decode(bytes, null, false))
        .isInstanceOf(UndecodableTextException.class)
        .hasMessageContaining("at byte " + genuine.length);
  }

  @Test
  void rejectsUnmappableBytesOfADeclaredCharset() {
    byte[] bytes = {'a', (byte) 0x81, 'b'}; // 0x81 is unassigned in windows-1252
    assertThatThrownBy(() -> BodyDecoder.decode(bytes, "windows-1252", false)).isInstanceOf(UndecodableTextException.class);
  }

  @Test
  void rejectsLatin1BytesThatAreNotDeclared() {
    byte[] bytes = "Café".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> BodyDecoder.decode(bytes, null, false)).isInstanceOf(UndecodableTextException.class);
  }

  @Test
  void rejectsUtf8CutOffInTheMiddleOfACharacter() {
    byte[] whole = "ż".getBytes(StandardCharsets.UTF_8);
    byte[] cut = {'a', whole[0]};
    assertThatThrownBy(() -> BodyDecoder.decode(cut, "UTF-8", false)).hasMessageContaining("at byte 1");
  }

  @Test
  void rejectsBytesUnmappableInTheDeclaredCharset() {
    // 0x81 has no character in windows-1252.
    assertThatThrownBy(() -> BodyDecoder.decode(new byte[] {'a', (byte) 0x81}, "windows-1252", false))
        .isInstanceOfSatisfying(UndecodableTextException.class,
            e -> assertThat(e.kind()).isEqualTo(UndecodableTextException.Kind.INVALID_BYTES));
  }

  @Test
  void rejectsUnknownCharset() {
    assertThatThrownBy(() -> BodyDecoder.decode(new byte[] {'a'}, "klingon-8", false))
        .isInstanceOfSatisfying(UndecodableTextException.class,
            e -> assertThat(e.kind()).isEqualTo(UndecodableTextException.Kind.UNSUPPORTED_CHARSET))
        .hasMessageContaining("klingon-8");
  }

  @Test
  void readsCharsetFromHtmlMeta() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-2\"></head><body>" + POLISH + "</body></html>";
    assertThat(BodyDecoder.decode(html.getBytes(Charset.forName("ISO-8859-2")), null, true)).isEqualTo(html);
  }

  @Test
  void readsCharsetFromHttpEquivMeta() throws Exception {
    String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"><p>" + POLISH;
    assertThat(BodyDecoder.decode(html.getBytes(Charset.forName("windows-1250")), null, true)).isEqualTo(html);
  }

  @Test
  void declaredCharsetWinsOverHtmlMeta() throws Exception {
    String html = "<meta charset=\"iso-8859-2\"><p>" + POLISH;
    assertThat(BodyDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "UTF-8", true)).isEqualTo(html);
  }

  @Test
  void ignoresHtmlMetaInPlainText() {
    String text = "<meta charset=\"iso-8859-2\"> " + POLISH;
    assertThatThrownBy(() -> BodyDecoder.decode(text.getBytes(Charset.forName("ISO-8859-2")), null, false))
        .isInstanceOf(UndecodableTextException.class);
  }

  @Test
  void findsUnpairedSurrogates() {
    assertThat(BodyDecoder.malformation("ok 😀")).isNull();
    assertThat(BodyDecoder.malformation("bad \uD83D here")).contains("U+D83D").contains("character 4");
    assertThat(BodyDecoder.malformation("bad \uDE00")).contains("U+DE00");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = new byte[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
