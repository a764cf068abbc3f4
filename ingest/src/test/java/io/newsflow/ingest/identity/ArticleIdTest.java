package io.newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleIdTest {
  @Test
  void isStableAndUrlSafe() {
    String id = ArticleId.derive("wp.pl", "123", null, "text");
    assertThat(id).isEqualTo(ArticleId.derive("wp.pl", "123", null, "text")).matches("[0-9a-f]{32}");
  }

  /** Ids already on topics must not change: the values are SHA-256 of the documented keys, computed outside Java. */
  @Test
  void idsAreTheDocumentedDigest() {
    assertThat(ArticleId.derive(" WP.pl", null, null, "Sejm uchwalił ustawę.")).isEqualTo("163016ad5e89f88e204ae3c09c8d3bf1");
    assertThat(ArticleId.derive("wp.pl", null, "https://wp.pl/a", "any")).isEqualTo("f7e959b10bb107a5207d909587a03451");
    assertThat(ArticleId.derive("pap.pl", " 123 ", "https://wp.pl/a", "any")).isEqualTo("8f6ef4a6f09bc77c580de81e58a77cb0");
  }

  @Test
  void utf8BytesGiveTheSameIdAsTheText() {
    for (String text : new String[] {"Sejm uchwalił ustawę.", "plain ascii", "emoji \uD83D\uDCF0 and \u4E2D\u6587", "\uFFFD kept"}) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      byte[] padded = new byte[utf8.length + 5];
      System.arraycopy(utf8, 0, padded, 3, utf8.length);
      assertThat(ArticleId.derive(" WP.pl", null, null, utf8, 0, utf8.length)).isEqualTo(ArticleId.derive(" WP.pl", null, null, text));
      assertThat(ArticleId.derive("wp.pl", null, null, padded, 3, utf8.length)).isEqualTo(ArticleId.derive("wp.pl", null, null, text));
    }
    assertThat(ArticleId.derive(" WP.pl", null, null, "Sejm uchwalił ustawę.".getBytes(StandardCharsets.UTF_8), 0, 10))
        .isNotEqualTo(ArticleId.derive(" WP.pl", null, null, "Sejm uchwalił ustawę."));
    byte[] other = "any".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleId.derive("wp.pl", null, "https://wp.pl/a", other, 0, other.length)).isEqualTo("f7e959b10bb107a5207d909587a03451");
  }

  @Test
  void sourceIdDecidesOverUrlAndText() {
    assertThat(ArticleId.derive("wp.pl", "123", "https://wp.pl/a", "one"))
        .isEqualTo(ArticleId.derive("wp.pl", "123", "https://wp.pl/b", "two"));
  }

  @Test
  void urlDecidesOverText() {
    assertThat(ArticleId.derive("wp.pl", null, "https://wp.pl/a", "first version"))
        .isEqualTo(ArticleId.derive("wp.pl", null, "https://wp.pl/a", "corrected version"));
  }

  @Test
  void equivalentUrlsGiveTheSameId() throws Exception {
    assertThat(ArticleId.derive("wp.pl", null, CanonicalUrl.of("HTTPS://WP.pl/a/#top"), "x"))
        .isEqualTo(ArticleId.derive("wp.pl", null, CanonicalUrl.of("https://wp.pl/a"), "y"));
  }

  @Test
  void fallsBackToTheTextHash() {
    assertThat(ArticleId.derive("wp.pl", null, null, "same text"))
        .isEqualTo(ArticleId.derive("wp.pl", " ", null, "same text"))
        .isNotEqualTo(ArticleId.derive("wp.pl", null, null, "other text"));
    assertThat(ArticleId.identity("wp.pl", null, null)).isNull();
  }

  @Test
  void sourceScopesTheIdButNotItsCase() {
    assertThat(ArticleId.derive("wp.pl", "1", null, "t")).isNotEqualTo(ArticleId.derive("onet.pl", "1", null, "t"));
    assertThat(ArticleId.derive(" WP.pl ", "1", null, "t")).isEqualTo(ArticleId.derive("wp.pl", "1", null, "t"));
  }

  @Test
  void sourceIdAndUrlOfTheSameValueDoNotCollide() {
    assertThat(ArticleId.derive("wp.pl", "https://wp.pl/a", null, "t"))
        .isNotEqualTo(ArticleId.derive("wp.pl", null, "https://wp.pl/a", "t"));
  }
}
