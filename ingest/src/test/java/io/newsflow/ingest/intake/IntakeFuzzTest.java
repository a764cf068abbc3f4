package io.newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.envelope.EnvelopeReader;
import io.newsflow.ingest.envelope.EnvelopeWriter;
import io.newsflow.ingest.envelope.MalformedEnvelopeException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fuzz test of the intake rules: random bytes, texts in many scripts and charsets, random content
 * types and envelopes. Whatever comes in ends as an admitted article or a typed rejection (never
 * another exception), an admitted body is exactly the bytes sent (decoded, never repaired), and an
 * admitted article written as an envelope reads back as the same article with the same id.
 * The seed is fixed so CI is repeatable; {@code -Dnewsflow.fuzz.seed=N} tries other inputs.
 */
class IntakeFuzzTest {
  private static final long SEED = Long.getLong("newsflow.fuzz.seed", 20261201L);
  private static final int CASES = 20_000;
  private static final String[] CHARSETS = {null, "utf-8", "UTF8", "utf-16", "UTF-16LE", "UTF-16BE", "ISO-8859-1",
      "iso-8859-2", "windows-1250", "windows-1252", "KOI8-R", "Shift_JIS", "GB18030", "x-no-such", "", "\"utf-8\"", "☃"};
  /** Charsets where decoding strictly and encoding again gives back the very bytes. */
  private static final Set<String> BIJECTIVE = Set.of("utf-8", "UTF8", "ISO-8859-1", "iso-8859-2", "windows-1250",
      "windows-1252", "KOI8-R");
  private static final String[] CONTENT_TYPES = {null, "text/plain", "text/html", "TEXT/PLAIN", "text/plain; format=flowed",
      "application/json", "application/pdf", "text/", ";;", "text/html; charset", "multipart/form-data; boundary=x"};
  private static final String[] TEXTS = {"Sejm uchwalił ustawę o mediach.", "Пожар в Москве потушили к утру.",
      "東京で地震があった。", "حريق في القاهرة", "Élysée: le président reçoit", "Bundestag berät über Haushalt",
      "x", "\u0000", "\u0007\u0007", "1:0", "   ", "<p></p>", "<p>Premier</p>", "🙂🙂", "a\uD800b", "x\n".repeat(50)};

  private final Random random = new Random(SEED);
  private final Intake intake = new Intake(new IntakeLimits(4096, 512, 16384));

  @Test
  void everySubmissionIsAdmittedUnchangedOrRefusedWithAReason() throws Exception {
    Map<Reason, Integer> refused = new EnumMap<>(Reason.class);
    int admitted = 0;
    int roundTrips = 0;
    for (int i = 0; i < CASES; i++) {
      String charset = pick(CHARSETS);
      String contentType = pick(CONTENT_TYPES);
      byte[] body = body(charset);
      Submission submission = Submission.builder().source(random.nextInt(20) == 0 ? null : "fuzz.pl")
          .url(random.nextInt(4) == 0 ? pick(new String[] {"https://fuzz.pl/a", "/relative", "ht tp://x", "https://FUZZ.pl/a/#c"}) : null)
          .sourceId(random.nextInt(4) == 0 ? "id-" + random.nextInt(50) : null)
          .contentType(contentType).charset(random.nextInt(3) == 0 ? charset : null).body(body)
          .metadata(random.nextInt(10) == 0 ? Map.of("k", "v".repeat(random.nextInt(600))) : Map.of())
          .build();
      Article article;
      try {
        article = intake.admit(submission);
      } catch (SubmissionRejectedException e) {
        assertThat(e.rejection().message()).isNotBlank();
        refused.merge(e.rejection().reason(), 1, Integer::sum);
        continue;
      }
      admitted++;
      assertThat(article.id()).matches("[0-9a-f]{32}");
      assertThat(article.text()).isNotBlank();
      assertThat(Wording.hasWords(article.text(), article.contentType().equals(MediaType.TEXT_HTML))).isTrue();
      assertThat(intake.admit(submission).id()).as("the same submission, the same id").isEqualTo(article.id());
      String declared = submission.charset() != null ? submission.charset() : charsetOf(contentType);
      if (declared != null && BIJECTIVE.contains(declared.trim()) && !startsWithBom(body)) {
        assertThat(article.text().getBytes(Charset.forName(declared.trim()))).as("case " + i).isEqualTo(body);
        roundTrips++;
      }
      Article again = readBack(article);
      assertThat(again.id()).isEqualTo(article.id());
      assertThat(again.text()).isEqualTo(article.text());
      assertThat(again.contentType()).isEqualTo(article.contentType());
    }
    System.out.printf("intake fuzz (seed %d): %d submissions, %d admitted (%d checked byte for byte), refused %s%n",
        SEED, CASES, admitted, roundTrips, refused);
    assertThat(admitted).as("some fuzzed submissions are real articles").isGreaterThan(CASES / 20);
    assertThat(refused).containsKeys(Reason.NO_WORDS, Reason.INVALID_ENCODING, Reason.UNSUPPORTED_CHARSET,
        Reason.UNSUPPORTED_CONTENT_TYPE, Reason.MISSING_SOURCE, Reason.EMPTY, Reason.TOO_LARGE, Reason.INVALID_URL);
    assertThat(roundTrips).isGreaterThan(100);
  }

  @Test
  void brokenEnvelopesAreMalformedNeverAnotherError() {
    String valid = "{\"source\":\"pap.pl\",\"url\":\"https://pap.pl/1\",\"source_id\":\"P1\",\"content_type\":\"text/plain\","
        + "\"body\":\"Depesza z Warszawy\",\"metadata\":{\"author\":\"Jan\"}}";
    int malformed = 0;
    int read = 0;
    for (int i = 0; i < 5_000; i++) {
      String json = mutate(valid);
      try {
        Submission submission = EnvelopeReader.read(json).toSubmission("fallback.pl", null, null);
        read++;
        try {
          intake.admit(submission);
        } catch (SubmissionRejectedException e) {
          assertThat(e.rejection().reason()).isNotNull();
        }
      } catch (MalformedEnvelopeException e) {
        assertThat(e.getMessage()).isNotBlank();
        malformed++;
      }
    }
    System.out.printf("envelope fuzz (seed %d): 5000 mutated envelopes, %d read, %d malformed%n", SEED, read, malformed);
    assertThat(malformed).isGreaterThan(1000);
    assertThat(read).isGreaterThan(100);
  }

  private Article readBack(Article article) {
    try {
      return intake.admit(EnvelopeReader.read(EnvelopeWriter.line(article)).toSubmission(null, null, null));
    } catch (MalformedEnvelopeException | SubmissionRejectedException e) {
      throw new AssertionError("an admitted article written as an envelope must read back: " + e.getMessage(), e);
    }
  }

  private byte[] body(String charset) {
    switch (random.nextInt(6)) {
      case 0 -> {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
      }
      case 1 -> {
        String text = pick(TEXTS).repeat(1 + random.nextInt(3));
        Charset target = charsetOrUtf8(charset);
        return target.newEncoder().canEncode(text) ? text.getBytes(target) : text.getBytes(StandardCharsets.UTF_8);
      }
      case 2 -> {
        byte[] bytes = pick(TEXTS).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 3 -> {
        byte[] bom = pick(new byte[][] {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}});
        String text = pick(TEXTS);
        Charset encoding = bom.length == 3 ? StandardCharsets.UTF_8 : bom[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        return concat(bom, text.getBytes(encoding));
      }
      case 4 -> {
        String html = "<html><head><meta charset=\"" + pick(new String[] {"iso-8859-2", "utf-8", "nope"}) + "\"></head><body><p>"
            + pick(TEXTS) + "</p></body></html>";
        return html.getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> {
        return "A".repeat(4000 + random.nextInt(200)).getBytes(StandardCharsets.US_ASCII);
      }
    }
  }

  private String mutate(String json) {
    StringBuilder text = new StringBuilder(json);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, pick(new String[] {"{", "}", "\"", ",", ":", "[", "null", "\\u0000", "\\", "1e999", "\uD800"}));
        case 2 -> text.setCharAt(at, (char) random.nextInt(0x3000));
        default -> text.replace(at, Math.min(text.length(), at + 5), "");
      }
    }
    return text.toString();
  }

  private static Charset charsetOrUtf8(String name) {
    try {
      return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static String charsetOf(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return type == null ? null : type.charset();
  }

  private static boolean startsWithBom(byte[] body) {
    return body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
        || (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = new byte[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
