package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

  @Test
  void detectsFrenchLanguage() {
    assertThat(LANGUAGES.identify("Le gouvernement a présenté mercredi son projet de loi sur les retraites, qui doit être examiné par l'Assemblée nationale.")).contains("fr");
  }

  @Test
  void detectsGermanEnglishAndPolish() {
    assertThat(LANGUAGES.identify("Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen.")).contains("de");
    assertThat(LANGUAGES.identify("The government announced new rules for housing construction on Wednesday.")).contains("en");
    assertThat(LANGUAGES.identify("Rząd przyjął w środę nowe przepisy dotyczące budownictwa mieszkaniowego.")).contains("pl");
  }

  @Test
  void saysNothingForEmptyText() {
    assertThat(LANGUAGES.identify(" ")).isEmpty();
  }
}
