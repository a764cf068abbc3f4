package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A speaker named by surname alone after the speech verb that closes a quote, on the rule layers. */
class SpeakersAfterQuotesTest {
  private static final EntityRecognizer RULES = new EntityRecognizer();

  private static List<String> people(String text, String language) {
    return RULES.byRules(ArticleText.of(text, null, List.of()), language).entities().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.mentions().get(0).text() + "×" + e.mentions().size())
        .toList();
  }

  @Test
  void theWordAfterTheSpeechVerbIsTheSpeaker() {
    assertThat(people("\"Das war ein Tor der Extraklasse\", sagte Hoeneß. Später lobte auch Hoeneß die Abwehr.", "de"))
        .containsExactly("Hoeneß×2");
    assertThat(people("„Wir brauchen mehr Geld“, meinte Hochgesand humorvoll.", "de")).containsExactly("Hochgesand×1");
  }

  @Test
  void soNamesASpeakerOnlyWhenPunctuationCloses() {
    assertThat(people("Die Kasse sei leer, so Lehr.", "de")).containsExactly("Lehr×1");
    assertThat(people("Die Stadt kauft Busse, so Geld zu sparen sei schwer.", "de")).isEmpty();
  }

  @Test
  void polishSpeakersAfterTheDash() {
    assertThat(people("– Nie zgadzam się z tym – powiedział Kowalski dziennikarzom.", "pl")).containsExactly("Kowalski×1");
  }

  @Test
  void aSpeechVerbAfterItsSubjectHasAnObjectNotASpeaker() {
    assertThat(people("Die SPD forderte Aufklärung. Der Verband kritisierte Verschwendung.", "de")).isEmpty();
  }

  @Test
  void rolesCompoundsAndLongerNamesAreLeftToTheirRules() {
    assertThat(people("\"Nein\", sagte Bayern-Trainer Ribbeck.", "de")).doesNotContain("Bayern×1");
    assertThat(people("\"Nein\", sagte Innenminister Seiters.", "de")).containsExactly("Seiters×1");
    assertThat(people("\"Nein\", sagte Montag der Sprecher.", "de")).isEmpty();
  }

  @Test
  void theDocumentLevelKeepsSpeakersAndGermanNamesAfterARoleWhereTheModelTaggedNothing() {
    assertThat(SportsLinesTest.entities("„Wir steigen nicht ab“, sagte Hochgesand. Landrat Gnadl fragt besorgt."))
        .contains("PERSON:Hochgesand", "PERSON:Gnadl");
    assertThat(SportsLinesTest.entities("Die SPD forderte Aufklärung. Der Verband kritisierte Verschwendung."))
        .noneMatch(e -> e.startsWith("PERSON:"));
  }

  @Test
  void notInEnglish() {
    assertThat(people("\"We will respond,\" said Russia.", "en")).isEmpty();
  }
}
