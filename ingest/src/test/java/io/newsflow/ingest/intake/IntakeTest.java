package io.newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.identity.ArticleId;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class IntakeTest {
  private final Intake intake = new Intake(new IntakeLimits(1000, 100, 2000));

  @Test
  void admitsTextWithItsIdAndFields() throws Exception {
    Article article = intake.admit(Submission.builder().source(" wp.pl ").url("https://wp.pl/a").sourceId(" 42 ")
        .contentType("text/html").text("<p>Sejm</p>").metadata("author", "Anna Nowak").build());
    assertThat(article.id()).isEqualTo(ArticleId.derive("wp.pl", "42", null, "ignored"));
    assertThat(article.source()).isEqualTo("wp.pl");
    assertThat(article.sourceId()).isEqualTo("42");
    assertThat(article.url()).isEqualTo("https://wp.pl/a");
    assertThat(article.contentType()).isEqualTo("text/html");
    assertThat(article.text()).isEqualTo("<p>Sejm</p>");
    assertThat(article.metadata()).containsEntry("author", "Anna Nowak");
  }

  @Test
  void keepsTheTextExactlyAsReceived() throws Exception {
    String text = "  Line one\r\n\tLine two \u00A0\n\n";
    assertThat(intake.admit(Submission.text("wp.pl", text)).text()).isEqualTo(text);
  }

  @Test
  void decodesBytesWithTheContentTypeCharset() throws Exception {
    Article article = intake.admit(Submission.builder().source("lemonde.fr").contentType("text/plain; charset=ISO-8859-1")
        .body("Élysée".getBytes(StandardCharsets.ISO_8859_1)).build());
    assertThat(article.text()).isEqualTo("Élysée");
    assertThat(article.contentType()).isEqualTo("text/plain");
  }

  @Test
  void explicitCharsetWinsOverContentTypeParameter() throws Exception {
    Article article = intake.admit(Submission.builder().source("x").contentType("text/plain; charset=UTF-8")
        .charset(StandardCharsets.ISO_8859_1).body("Élysée".getBytes(StandardCharsets.ISO_8859_1)).build());
    assertThat(article.text()).isEqualTo("Élysée");
  }

  @Test
  void bytesAndTextOfTheSameArticleGetTheSameId() throws Exception {
    String text = "Zażółć gęślą jaźń";
    assertThat(intake.admit(Submission.builder().source("wp.pl").body(text.getBytes(StandardCharsets.UTF_8)).build()).id())
        .isEqualTo(intake.admit(Submission.text("wp.pl", text)).id());
  }

  @Test
  void anArticleGetsOneIdWhateverItsEncoding() throws Exception {
    String text = "Zażółć gęślą jaźń \uFFFD";
    String id = intake.admit(Submission.text("wp.pl", text)).id();
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(intake.admit(Submission.builder().source("wp.pl").body(withBom).build()).id()).isEqualTo(id);
    assertThat(intake.admit(Submission.builder().source("wp.pl").contentType("text/plain; charset=UTF-16")
        .body(text.getBytes(StandardCharsets.UTF_16)).build()).id()).isEqualTo(id);
    assertThat(intake.admit(Submission.builder().source("wp.pl").body("Zażółć gęślą".getBytes(StandardCharsets.UTF_8)).build()).id())
        .isNotEqualTo(id);
  }

  @Test
  void sizeLimitAppliesToTheTextsUtf8WhateverTheBodysCharset() throws Exception {
    Intake small = new Intake(new IntakeLimits(10, 100, 2000));
    byte[] tenBytes = "Zażółć".getBytes(StandardCharsets.UTF_8);
    assertThat(tenBytes).hasSize(10);
    assertThat(small.admit(Submission.builder().source("wp.pl").body(tenBytes).build()).text()).isEqualTo("Zażółć");
    assertThat(small.admit(Submission.builder().source("wp.pl").contentType("text/plain; charset=ISO-8859-1")
        .body("ÉÉÉÉÉ".getBytes(StandardCharsets.ISO_8859_1)).build()).text()).isEqualTo("ÉÉÉÉÉ");
    assertRejected(() -> small.admit(Submission.builder().source("wp.pl").contentType("text/plain; charset=ISO-8859-1")
        .body("ÉÉÉÉÉÉ".getBytes(StandardCharsets.ISO_8859_1)).build()), Reason.TOO_LARGE);
  }

  @Test
  void rejectsMissingSource() {
    assertRejected(() -> intake.admit(Submission.text("  ", "text")), Reason.MISSING_SOURCE);
    assertRejected(() -> intake.admit(Submission.text(null, "text")), Reason.MISSING_SOURCE);
  }

  @Test
  void rejectsEmptyAndBlankArticles() {
    assertRejected(() -> intake.admit(Submission.builder().source("x").body(new byte[0]).build()), Reason.EMPTY);
    assertRejected(() -> intake.admit(Submission.text("x", " \n\t ")), Reason.EMPTY);
    assertRejected(() -> intake.admit(Submission.builder().source("x").build()), Reason.EMPTY);
  }

  @Test
  void rejectsBodiesWithoutWords() {
    assertRejected(() -> intake.admit(Submission.builder().source("x").body(new byte[] {0}).build()), Reason.NO_WORDS);
    assertRejected(() -> intake.admit(Submission.builder().source("x").body(new byte[] {7}).build()), Reason.NO_WORDS);
    assertRejected(() -> intake.admit(Submission.text("x", "x\nx\nx\n")), Reason.NO_WORDS)
        .hasMessageContaining("no words");
    assertRejected(() -> intake.admit(Submission.builder().source("x").contentType("text/html").text("<p> </p>").build()),
        Reason.NO_WORDS).hasMessageContaining("visible text");
  }

  @Test
  void rejectsBodiesOverTheLimitBeforeDecoding() {
    byte[] big = new byte[1001];
    big[0] = (byte) 0xC3; // invalid UTF-8 too, but size is checked first
    assertRejected(() -> intake.admit(Submission.builder().source("x").body(big).build()), Reason.TOO_LARGE)
        .hasMessageContaining("1001").hasMessageContaining(IntakeLimits.ARTICLE_KEY);
  }

  @Test
  void rejectsTextWhoseUtf8IsOverTheLimit() {
    // 600 characters, 1200 bytes as UTF-8: latin-1 input can grow past the limit when stored.
    byte[] latin1 = "é".repeat(600).getBytes(StandardCharsets.ISO_8859_1);
    assertRejected(() -> intake.admit(Submission.builder().source("x").charset("ISO-8859-1").body(latin1).build()),
        Reason.TOO_LARGE).hasMessageContaining("1200");
    assertRejected(() -> intake.admit(Submission.text("x", "ż".repeat(501))), Reason.TOO_LARGE);
  }

  @Test
  void admitsAnArticleExactlyAtTheLimit() throws Exception {
    assertThat(intake.admit(Submission.text("x", "a".repeat(1000))).text()).hasSize(1000);
  }

  @Test
  void rejectsInvalidEncoding() {
    assertRejected(() -> intake.admit(Submission.builder().source("x").body(new byte[] {'a', (byte) 0xFF}).build()),
        Reason.INVALID_ENCODING).hasMessageContaining("at byte 1");
  }

  @Test
  void rejectsTextWithUnpairedSurrogates() {
    assertRejected(() -> intake.admit(Submission.text("x", "broken \uD800 emoji")), Reason.INVALID_ENCODING);
  }

  @Test
  void rejectsUnsupportedCharset() {
    assertRejected(() -> intake.admit(Submission.builder().source("x").charset("ebcdic-klingon").body(new byte[] {'a'}).build()),
        Reason.UNSUPPORTED_CHARSET);
  }

  @Test
  void rejectsUnsupportedContentType() {
    assertRejected(() -> intake.admit(Submission.builder().source("x").contentType("application/pdf").text("%PDF").build()),
        Reason.UNSUPPORTED_CONTENT_TYPE).hasMessageContaining("application/pdf").hasMessageContaining("text/html");
  }

  @Test
  void rejectsInvalidUrlButKeepsTheSourceIdBasedId() {
    assertRejected(() -> intake.admit(Submission.builder().source("wp.pl").sourceId("7").url("not a url").text("t").build()),
        Reason.INVALID_URL)
        .satisfies(e -> assertThat(((SubmissionRejectedException) e).rejection().articleId())
            .isEqualTo(ArticleId.derive("wp.pl", "7", null, "")));
  }

  @Test
  void rejectsMetadataWithoutValueOrKey() {
    java.util.HashMap<String, String> withNull = new java.util.HashMap<>();
    withNull.put("author", null);
    assertRejected(() -> intake.admit(Submission.builder().source("x").text("t").metadata(withNull).build()),
        Reason.INVALID_METADATA).hasMessageContaining("author");
    assertRejected(() -> intake.admit(Submission.builder().source("x").text("t").metadata(" ", "v").build()),
        Reason.INVALID_METADATA);
  }

  @Test
  void rejectsMetadataOverTheLimit() {
    assertRejected(() -> intake.admit(Submission.builder().source("x").text("t").metadata(Map.of("tags", "x".repeat(100))).build()),
        Reason.TOO_LARGE).hasMessageContaining(IntakeLimits.METADATA_KEY);
  }

  @Test
  void rejectionCarriesTheSourceForOpsEvents() {
    assertRejected(() -> intake.admit(Submission.text("wp.pl", "")), Reason.EMPTY)
        .satisfies(e -> assertThat(((SubmissionRejectedException) e).rejection().source()).isEqualTo("wp.pl"));
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      ThrowingCallable admit, Reason reason) {
    return assertThatThrownBy(admit).isInstanceOfSatisfying(SubmissionRejectedException.class,
        e -> assertThat(e.rejection().reason()).isEqualTo(reason));
  }
}
