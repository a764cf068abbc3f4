package io.newsflow.enrich.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
  @Test
  void readsNewsArticleJsonLdInsideAGraph() {
    PageMetadata m = PageMetadata.read(Jsoup.parse("<html lang=\"es\"><head><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"El Diario\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"El Gobierno aprueba la reforma\",\"articleSection\":[\"España\"],"
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"María García\"}],\"datePublished\":\"2026-03-12T08:15:00+01:00\","
        + "\"image\":{\"@type\":\"ImageObject\",\"creditText\":\"EFE\",\"copyrightHolder\":{\"name\":\"Agencia EFE\"}}}]}"
        + "</script><link rel=\"canonical\" href=\"https://example.es/a/1\"></head><body></body></html>"));
    assertThat(m.headline()).isEqualTo("El Gobierno aprueba la reforma");
    assertThat(m.section()).isEqualTo("España");
    assertThat(m.author()).isEqualTo("María García");
    assertThat(m.published()).startsWith("2026-03-12");
    assertThat(m.canonical()).isEqualTo("https://example.es/a/1");
    assertThat(m.language()).isEqualTo("es");
    assertThat(m.imageCredits()).containsExactly("EFE");
  }

  @Test
  void fallsBackToOpenGraphAndSurvivesBrokenJsonLd() {
    PageMetadata m = PageMetadata.read(Jsoup.parse("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        + "</script><meta property=\"og:title\" content=\"Bridge closes to cars\">"
        + "<meta property=\"article:section\" content=\"Local\"></head><body></body></html>"));
    assertThat(m.headline()).isEqualTo("Bridge closes to cars");
    assertThat(m.section()).isEqualTo("Local");
    assertThat(m.articleBody()).isNull();
  }

  @Test
  void ignoresJsonLdThatIsNotAnArticle() {
    PageMetadata m = PageMetadata.read(Jsoup.parse("<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"Product\",\"name\":\"Bicycle\"}</script></head><body></body></html>"));
    assertThat(m.headline()).isNull();
  }
}
