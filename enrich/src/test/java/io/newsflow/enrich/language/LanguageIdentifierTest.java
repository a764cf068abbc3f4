package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

  @Test
  void detectsFrenchLanguage() {
    assertThat(LANGUAGES.identify("Le gouvernement a présenté mercredi son projet de loi sur les retraites, qui doit être examiné par l'Assemblée nationale.")).isEqualTo("fr");
  }

  @Test
  void detectsGermanEnglishAndPolish() {
    assertThat(LANGUAGES.identify("Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen.")).isEqualTo("de");
    assertThat(LANGUAGES.identify("The government announced new rules for housing construction on Wednesday.")).isEqualTo("en");
    assertThat(LANGUAGES.identify("Rząd przyjął w środę nowe przepisy dotyczące budownictwa mieszkaniowego.")).isEqualTo("pl");
  }

  @Test
  void tellsLanguagesBeyondTheNewsroomFour() {
    assertThat(LANGUAGES.identify("El Gobierno aprobó este martes una reforma de las pensiones que entrará en vigor el próximo año.")).isEqualTo("es");
    assertThat(LANGUAGES.identify("Il governo ha approvato martedì la riforma delle pensioni, che entrerà in vigore l'anno prossimo.")).isEqualTo("it");
    assertThat(LANGUAGES.identify("O governo aprovou nesta terça-feira a reforma da previdência, que entra em vigor no próximo ano.")).isEqualTo("pt");
    assertThat(LANGUAGES.identify("Правительство во вторник одобрило пенсионную реформу, которая вступит в силу в следующем году.")).isEqualTo("ru");
    assertThat(LANGUAGES.identify("정부는 화요일 내년부터 시행되는 연금 개혁안을 승인했다고 밝혔다.")).isEqualTo("ko");
    assertThat(LANGUAGES.identify("政府は火曜日、来年施行される年金改革を承認したと発表した。")).isEqualTo("ja");
  }

  @Test
  void saysUndeterminedForTooLittleText() {
    assertThat(LANGUAGES.identify(" ")).isEqualTo("und");
    assertThat(LANGUAGES.identify("12:30 — 4")).isEqualTo("und");
    assertThat(LANGUAGES.identify(null)).isEqualTo("und");
  }

  @Test
  void anOpeningOfForeignNamesDoesNotOutvoteTheArticleAfterIt() {
    String opening = "PORTUGAL (1. Spieltag): Vitoria Guimaraes - SC Beira Mar 2:1, CD Chaves - Maritimo Funchal 1:2, "
        + "Boavista Porto - Belenenses Lissabon 1:0, Sporting Lissabon - FC Tirsense 0:0, SC Farense - SC Salgueiros 2:0, "
        + "Sporting Espinho - FC Famalicao 1:0, FC Gil Vicente - SC Braga 0:1. ";
    String rest = "Der Meister aus Porto hat am Wochenende überraschend gegen den Aufsteiger verloren. Die Mannschaft "
        + "spielte nach der Pause nur noch mit zehn Spielern, weil der Schiedsrichter den Verteidiger vom Platz gestellt hatte. "
        + "Der Trainer sagte nach dem Spiel, die Niederlage sei verdient gewesen und man müsse nun schnell wieder zu alter Stärke finden.";
    assertThat(LANGUAGES.identify(opening)).isNotEqualTo("de");
    assertThat(LANGUAGES.identify(opening + rest)).isEqualTo("de");
  }

  @Test
  void aLongArticleInAnotherLanguageStaysThatLanguage() {
    String dutch = "De regering heeft dinsdag een nieuwe hervorming van de pensioenen aangekondigd. ".repeat(3)
        + "Volgens de minister moet de wet volgend jaar in werking treden, nadat het parlement erover heeft gestemd. ".repeat(4);
    assertThat(LANGUAGES.identify(dutch)).isEqualTo("nl");
  }
}
