package io.newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void findsWordsInShortRealArticlesOfAnyScript() {
    assertThat(Wording.hasWords("Depesza", false)).isTrue();
    assertThat(Wording.hasWords("Élysée: 3:1", false)).isTrue();
    assertThat(Wording.hasWords("Пожар в Москве", false)).isTrue();
    assertThat(Wording.hasWords("حريق", false)).isTrue();
    assertThat(Wording.hasWords("नमस्ते", false)).isTrue(); // letters joined by combining vowel signs
    assertThat(Wording.hasWords("雨", false)).isTrue(); // one Han character is a word
    assertThat(Wording.hasWords("비", false)).isTrue();
    assertThat(Wording.hasWords("<p>Sejm</p>", true)).isTrue();
  }

  @Test
  void findsNoWordsInControlBytesDigitsPunctuationOrLoneLetters() {
    assertThat(Wording.hasWords("\u0000", false)).isFalse();
    assertThat(Wording.hasWords("\u0007", false)).isFalse();
    assertThat(Wording.hasWords("x\n".repeat(50_000), false)).isFalse();
    assertThat(Wording.hasWords("1 2 3 -- 4:5 ... !!!", false)).isFalse();
    assertThat(Wording.hasWords("a1b2c3", false)).isFalse();
    assertThat(Wording.hasWords("\u0301\u0301", false)).isFalse(); // marks without a letter
  }

  @Test
  void judgesHtmlByWhatAReaderSees() {
    assertThat(Wording.hasWords("<html><body><div class=\"article\"><p></p></div></body></html>", true)).isFalse();
    assertThat(Wording.hasWords("<p>x</p>\n".repeat(100), true)).isFalse();
    assertThat(Wording.hasWords("<div class=\"article\"></div>", false)).isTrue(); // as plain text it has words
  }
}
