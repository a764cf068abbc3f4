package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places written in lower case, as English web text often does, on the list-and-rule layers alone. */
class LowerCasePlacesTest {

  private static List<String> places(String text, String language) {
    return Readings.byRules(text, language, EntityType.PLACE);
  }

  @Test
  void aListedPlaceInLowerCaseIsThePlace() {
    assertThat(places("we flew to malaysia in may and spent a week in kerala before going home.", "en"))
        .containsExactly("malaysia", "kerala");
  }

  @Test
  void theLongestListedNameWins() {
    assertThat(places("my cousin moved to new zealand last year.", "en")).containsExactly("new zealand");
  }

  @Test
  void nounsSpelledLikeAPlaceStayWords() {
    assertThat(places("we had turkey and orange juice, then went on reading about china plates.", "en")).isEmpty();
  }

  @Test
  void aDeterminerMakesItANoun() {
    assertThat(places("it was the jordan of his generation, a kerala of sorts.", "en")).isEmpty();
  }

  @Test
  void capitalisedPlacesAreStillFoundOnce() {
    assertThat(places("Flights to Malaysia resumed; malaysia is popular.", "en")).containsExactly("Malaysia");
  }

  @Test
  void onlyEnglishReadsLowerCasePlaces() {
    assertThat(places("wir flogen nach malaysia und dann weiter.", "de")).isEmpty();
    assertThat(places("nous sommes allés en malaisie.", "fr")).isEmpty();
  }

  @Test
  void aPlaceInsideAnAddressIsNoMention() {
    assertThat(places("write to sean@houston.rr.com or see www.kerala.com/tours for more.", "en")).isEmpty();
    assertThat(places("she lives in houston.", "en")).containsExactly("houston");
  }

  @Test
  void aTextWithoutPlacesHasNone() {
    assertThat(places("the meeting starts at nine and ends before lunch.", "en")).isEmpty();
  }
}
