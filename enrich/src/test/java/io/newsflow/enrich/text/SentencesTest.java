package io.newsflow.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static final ArticleText TEXT = ArticleText.of("Titel ohne Punkt", null,
      List.of("Erster Satz. „Zweiter Satz.“ Dritter Satz mit Dr. med. am Ende.", "Neuer Absatz."));
  private static final Sentences SENTENCES = Sentences.of(TEXT);

  @Test
  void findsTheStartOfTheSentenceAroundAnOffset() {
    String t = TEXT.text();
    assertThat(SENTENCES.startOf(t.indexOf("Satz."))).isEqualTo(t.indexOf("Erster"));
    assertThat(SENTENCES.startOf(t.indexOf("Zweiter"))).isEqualTo(t.indexOf("„Zweiter"));
    assertThat(SENTENCES.startOf(t.indexOf("Dritter") + 3)).isEqualTo(t.indexOf("Dritter"));
  }

  @Test
  void neverCrossesAPart() {
    String t = TEXT.text();
    assertThat(SENTENCES.startOf(t.indexOf("Absatz"))).isEqualTo(t.indexOf("Neuer"));
    assertThat(SENTENCES.endAfter(t.indexOf("Dritter"))).isEqualTo(t.indexOf("Neuer") - 2);
    assertThat(SENTENCES.startOf(t.indexOf("ohne"))).isZero();
  }

  @Test
  void endsJustAfterTheSentenceMark() {
    String t = TEXT.text();
    assertThat(SENTENCES.endAfter(t.indexOf("Erster"))).isEqualTo(t.indexOf("Satz.") + 5);
    assertThat(SENTENCES.endAfter(t.indexOf("Zweiter"))).isEqualTo(t.indexOf("Satz.“") + 5);
  }

  @Test
  void noSentenceEndsAtAnInitialOrATitleBeforeAName() {
    ArticleText text = ArticleText.of("Title", null,
        List.of("Kevin A. Boone called. St. Thomas is warm. M. Poincaré parle avec Dr. Weber.", "Ul. Długa jest zamknięta."));
    Sentences sentences = Sentences.of(text);
    String t = text.text();
    assertThat(sentences.startOf(t.indexOf("Boone"))).isEqualTo(t.indexOf("Kevin"));
    assertThat(sentences.startOf(t.indexOf("Thomas"))).isEqualTo(t.indexOf("St. Thomas"));
    assertThat(sentences.startOf(t.indexOf("Weber"))).isEqualTo(t.indexOf("M. Poincaré"));
    assertThat(sentences.startOf(t.indexOf("Długa"))).isEqualTo(t.indexOf("Ul."));
  }

  @Test
  void aSentenceStillEndsAfterAWordOfTwoOrMoreLetters() {
    ArticleText text = ArticleText.of("Title", null, List.of("Er kam aus den USA. Dann fuhr er nach Wien. Am Abend war er da."));
    Sentences sentences = Sentences.of(text);
    String t = text.text();
    assertThat(sentences.startOf(t.indexOf("fuhr"))).isEqualTo(t.indexOf("Dann"));
    assertThat(sentences.startOf(t.indexOf("Abend"))).isEqualTo(t.indexOf("Am Abend"));
  }
}
