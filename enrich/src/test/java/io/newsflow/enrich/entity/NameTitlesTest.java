package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** German forms of address and titles ("Frau", "Herrn", "Dr.") announce a name and stay outside it. */
class NameTitlesTest {

  /** The document level on the rules and one model span of the given type over {@code spanned}. */
  static List<String> withModelSpan(String text, String language, EntityType type, String spanned) {
    return Readings.resolved(text, language, type, spanned).stream()
        .map(e -> e.type() + ":" + e.mentions().get(0).text())
        .toList();
  }

  @Test
  void aGermanTitleBeforeASurnameMakesItAPerson() {
    assertThat(SportsLinesTest.entities("Am Abend lobte Frau Kühnert den Plan der Stadt."))
        .contains("PERSON:Kühnert")
        .noneMatch(e -> e.contains("Frau"));
    assertThat(SportsLinesTest.entities("Die Frau aus dem Dorf lobte den Plan der Stadt."))
        .noneMatch(e -> e.startsWith("PERSON:"));
  }

  @Test
  void anArticleAfterANameEndsIt() {
    assertThat(SportsLinesTest.entities("Danach lobte Dirigent Gustavo Dudamel den Geiger."))
        .contains("PERSON:Gustavo Dudamel")
        .noneMatch(e -> e.contains("Geiger"));
    assertThat(SportsLinesTest.entities("Dann sprach Ursula von der Leyen in Brüssel."))
        .contains("PERSON:Ursula von der Leyen");
  }

  @Test
  void theModelsSpanLosesTheTitle() {
    assertThat(withModelSpan("Gestern sprach Dr. Fauci im Kongress.", "de", EntityType.PERSON, "Dr. Fauci"))
        .contains("PERSON:Fauci")
        .doesNotContain("PERSON:Dr. Fauci");
    assertThat(withModelSpan("Das sagte Herrn Wagners Anwalt.", "de", EntityType.PERSON, "Herrn Wagners"))
        .contains("PERSON:Wagners");
  }

  @Test
  void onlyInGerman() {
    PersonCues cues = new PersonCues();
    assertThat(cues.isTitleBeforeName("de", "Frau")).isTrue();
    assertThat(cues.isTitleBeforeName("en", "Frau")).isFalse();
    assertThat(cues.isTitleBeforeName("de", "frau")).isFalse();
    assertThat(withModelSpan("Yesterday Frau Blücher arrived.", "en", EntityType.PERSON, "Frau Blücher"))
        .contains("PERSON:Frau Blücher");
  }
}
