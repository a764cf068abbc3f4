package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordVoteTest {
  private static final FunctionWordVote VOTE = new FunctionWordVote();

  @Test
  void decidesNewsProseOfEachLanguage() {
    assertThat(VOTE.decisive("Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen, "
        + "die nach Angaben des Ministeriums auch für den sozialen Wohnungsbau gelten sollen.")).contains("de");
    assertThat(VOTE.decisive("The government said on Wednesday that the new rules for housing would apply "
        + "from January, and that they have been agreed with the regions.")).contains("en");
    assertThat(VOTE.decisive("Rząd przyjął w środę nowe przepisy, które mają obowiązywać od stycznia. "
        + "Jak podkreślił minister, ustawa została przygotowana z samorządami.")).contains("pl");
    assertThat(VOTE.decisive("Le gouvernement a présenté mercredi son projet de loi sur les retraites, "
        + "qui doit être examiné par l'Assemblée nationale dans les prochaines semaines.")).contains("fr");
  }

  @Test
  void leavesShortOrMixedTextToLingua() {
    assertThat(VOTE.decisive("Merz in Paris")).isEmpty();
    assertThat(VOTE.decisive("Der Titel des Albums ist „The Sound of the City and the Night“ und er ist neu."))
        .isEmpty();
  }
}
