package io.newsflow.enrich.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {
  @Test
  void recognisesCopyrightNotices() {
    assertThat(LineShape.copyright("Copyright 2025 The Associated Press. All rights reserved.")).isTrue();
    assertThat(LineShape.copyright("© 2026 Nordkurier Online · Impressum · Datenschutz")).isTrue();
    assertThat(LineShape.copyright("RIPRODUZIONE RISERVATA © Copyright ANSA")).isTrue();
    assertThat(LineShape.copyright("(c) 2024 Le Monde")).isTrue();
    assertThat(LineShape.copyright("DER SPIEGEL 52/2018 Alle Rechte vorbehalten Vervielfältigung nur mit Genehmigung")).isTrue();
    assertThat(LineShape.copyright("Tous droits réservés.")).isTrue();
    assertThat(LineShape.copyright("Wszelkie prawa zastrzeżone")).isTrue();
  }

  @Test
  void keepsSentencesAboutCopyright() {
    assertThat(LineShape.copyright("Copyright holders say the new law, passed in 2024 after years of lobbying by publishers and "
        + "musicians alike, still leaves them without a fair share of what the platforms earn from their work every year.")).isFalse();
    assertThat(LineShape.copyright("Copyright law is changing")).isFalse();
    assertThat(LineShape.copyright("The publisher said all rights reserved by the estate would pass to the foundation, which"
        + " has spent a decade fighting for control of the archive, its letters, its photographs and its films.")).isFalse();
  }

  @Test
  void recognisesRowsOfLabelledFields() {
    assertThat(LineShape.fieldRow("Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: | Rating: 0.0/0")).isTrue();
    assertThat(LineShape.fieldRow("Views: 210 · Comments: 3")).isTrue();
    assertThat(LineShape.fieldRow("Autor: Jan Kowalski • Data: 12.03.2026")).isTrue();
  }

  @Test
  void keepsLinesWithColonsThatAreNotFieldRows() {
    assertThat(LineShape.fieldRow("Aufrufe: 1120")).isFalse();
    assertThat(LineShape.fieldRow("Merz: Wir halten Kurs | Scholz widerspricht")).isFalse();
    assertThat(LineShape.fieldRow("He said: we will win | and they did")).isFalse();
    assertThat(LineShape.fieldRow("Berlin: Die Koalition hat sich am Montag auf einen Haushalt geeinigt, der Investitionen"
        + " vorsieht | Ressort: Politik")).isFalse();
  }

  @Test
  void recognisesTimestampsInAnyLanguage() {
    assertThat(LineShape.timestamp("25.11.2026, 14:30 Uhr")).isTrue();
    assertThat(LineShape.timestamp("Updated 5:30 PM ET, Nov. 20, 2019")).isTrue();
    assertThat(LineShape.timestamp("Publié le 3 mars 2026 à 10h05")).isTrue();
    assertThat(LineShape.timestamp("Actualizado: 12 de marzo de 2026, 08:15")).isTrue();
    assertThat(LineShape.timestamp("2026-11-25")).isTrue();
    assertThat(LineShape.timestamp("November 2026")).isTrue();
    assertThat(LineShape.timestamp("Stand: 14:30")).isTrue();
  }

  @Test
  void keepsShortLinesThatAreNotTimestamps() {
    assertThat(LineShape.timestamp("So far, 3 died")).isFalse();
    assertThat(LineShape.timestamp("2026 World Cup draw")).isFalse();
    assertThat(LineShape.timestamp("Die USA waren 1991 mit Verkäufen von 14,2 (1990:")).isFalse();
    assertThat(LineShape.timestamp("Kobiety Solidarności 1980 - 1989.")).isFalse();
    assertThat(LineShape.timestamp("gsoc-2018")).isFalse();
    assertThat(LineShape.timestamp("Expo-2020")).isFalse();
    assertThat(LineShape.timestamp("COVID-19")).isFalse();
    assertThat(LineShape.timestamp("Euro 2024")).isFalse();
    assertThat(LineShape.timestamp("Agenda 2030")).isFalse();
    assertThat(LineShape.timestamp("2026")).isFalse();
    assertThat(LineShape.timestamp("The vote on 12 March 2026 was postponed after the opposition walked out of the chamber.")).isFalse();
  }

  @Test
  void recognisesReadingTimeNotes() {
    assertThat(LineShape.readingTime("4 Min Read")).isTrue();
    assertThat(LineShape.readingTime("Lesezeit: 3 Minuten")).isTrue();
    assertThat(LineShape.readingTime("Czas czytania: 2 min")).isTrue();
    assertThat(LineShape.readingTime("He ran 4 minutes faster than anyone before him.")).isFalse();
  }

  @Test
  void recognisesRowsOfShareButtons() {
    assertThat(LineShape.shareButtons("Facebook Twitter WhatsApp E-Mail")).isTrue();
    assertThat(LineShape.shareButtons("Facebook | X | LinkedIn")).isTrue();
    assertThat(LineShape.shareButtons("Facebook and Twitter fined")).isFalse();
  }
}
