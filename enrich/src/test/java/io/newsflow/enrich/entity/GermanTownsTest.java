package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unlisted German towns by their ending and their place in the sentence, read by the rule layers alone. */
class GermanTownsTest {
  private static final EntityRecognizer RULES = new EntityRecognizer();

  private static List<String> places(String text) {
    return RULES.byRules(ArticleText.of(text, null, List.of()), "de").entities().stream()
        .filter(e -> e.type() == EntityType.PLACE)
        .map(Entity::name)
        .toList();
  }

  @Test
  void theTownInBracketsAfterAnAthletesNameIsAPlace() {
    assertThat(places("Gold gewann Jonas Brehm (Wolfratshausen) vor Lukas Feil (Kleinostheim / Main)."))
        .contains("Wolfratshausen", "Kleinostheim");
  }

  @Test
  void aTownCoordinatedWithAPlaceIsAPlace() {
    assertThat(places("Die Teams aus Wolfratshausen und Kleinostheim trafen sich am Sonntag."))
        .contains("Wolfratshausen", "Kleinostheim");
  }

  @Test
  void aWordWithoutAPlaceEndingInBracketsOrAfterUndStaysUnread() {
    assertThat(places("Gold gewann Jonas Brehm (Favorit) vor Lukas Feil. Es kamen Eltern aus Wolfratshausen und Kinder."))
        .containsExactly("Wolfratshausen");
  }
}
