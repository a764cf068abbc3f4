package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolishNamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Halinę Ostrowską, Halina Ostrowska",
      "Haliny Ostrowskiej, Halina Ostrowska",
      "Jana Kowalskiego, Jan Kowalski",
      "Janowi Kowalskiemu, Jan Kowalski",
      "Piotrowi Nowakowi, Piotr Nowak",
      "Tomasza Nowaka, Tomasz Nowak",
      "Annę Kowalską, Anna Kowalska",
      "Marka Borowskiego, Marek Borowski",
      "Lecha Kaczyńskiego, Lech Kaczyński",
      "Karola Wojtyły, Karol Wojtyła",
      "Antoniego Słonimskiego, Antoni Słonimski"})
  void inflectedNameBecomesTheNominative(String printed, String nominative) {
    assertThat(PolishNames.nominative(printed)).isEqualTo(nominative);
  }

  @ParameterizedTest(name = "{0} stays")
  @CsvSource({
      "Anna Kowalska",
      "Jan Kowalski",
      "Andrzej Duda",
      // Jana is a given name itself, so Jana Nowak is not read as the genitive of Jan Nowak.
      "Jana Nowak",
      "Zbigniew Ziobro",
      // Unknown to the dictionary: a foreign surname is not guessed at.
      "Richarda Ashby",
      // Jan's locative or Jana's dative: two readings, so the name stays as printed.
      "Janie Bołbocie",
      "Nowak"})
  void nominativeOrUnknownFormStaysAsPrinted(String printed) {
    assertThat(PolishNames.nominative(printed)).isEqualTo(printed);
  }
}
