package io.newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
  @Test
  void lowerCasesSchemeAndHostButNotPath() throws Exception {
    assertThat(CanonicalUrl.of("HTTPS://WWW.WP.PL/Wiadomosci/Art-1")).isEqualTo("https://www.wp.pl/Wiadomosci/Art-1");
  }

  @Test
  void dropsFragmentAndTrailingSlash() throws Exception {
    assertThat(CanonicalUrl.of("https://wp.pl/a/b/#comments")).isEqualTo("https://wp.pl/a/b");
    assertThat(CanonicalUrl.of("https://wp.pl/")).isEqualTo("https://wp.pl");
  }

  @Test
  void keepsQueryAsSent() throws Exception {
    assertThat(CanonicalUrl.of("https://wp.pl/a?id=7&B=2#x")).isEqualTo("https://wp.pl/a?id=7&B=2");
  }

  @Test
  void dropsDefaultPortOnly() throws Exception {
    assertThat(CanonicalUrl.of("http://wp.pl:80/a")).isEqualTo("http://wp.pl/a");
    assertThat(CanonicalUrl.of("https://wp.pl:443/a")).isEqualTo("https://wp.pl/a");
    assertThat(CanonicalUrl.of("https://wp.pl:8443/a")).isEqualTo("https://wp.pl:8443/a");
  }

  @Test
  void trimsSurroundingWhitespace() throws Exception {
    assertThat(CanonicalUrl.of("  https://wp.pl/a \n")).isEqualTo("https://wp.pl/a");
  }

  @Test
  void refusesRelativeAndBrokenUrls() {
    assertThatThrownBy(() -> CanonicalUrl.of("/news/1")).isInstanceOf(InvalidUrlException.class).hasMessageContaining("absolute");
    assertThatThrownBy(() -> CanonicalUrl.of("mailto:desk@wp.pl")).isInstanceOf(InvalidUrlException.class);
    assertThatThrownBy(() -> CanonicalUrl.of("https://wp.pl/a b")).isInstanceOf(InvalidUrlException.class)
        .hasMessageContaining("not a valid URL");
  }
}
