package io.newsflow.enrich.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.credit.CreditLineParser;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scraped plain text: the page's lines around the story, recognised by word and by shape. */
class PlainTextBoilerplateTest {
  private static final PlainTextReader READER = new PlainTextReader(new CreditLineParser(), new StructureAssembler(new Boilerplate()));

  private static String everything(ArticleStructure a) {
    return a.headline() + "\n" + a.lead() + "\n" + a.body().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void dropsAnUpperCaseWireByline() {
    ArticleStructure a = READER.read("""
        Storm closes ports along the coast

        By LISA HARTWELL Associated Press

        NEW ORLEANS (AP) — A storm closed ports along the Gulf Coast on Tuesday, halting shipping for a second day.

        Forecasters expect the winds to ease by Thursday.
        """);
    assertThat(a.lead()).startsWith("NEW ORLEANS (AP) —");
    assertThat(everything(a)).doesNotContain("LISA HARTWELL");
  }

  @Test
  void dropsAgencyTrailerAndCopyrightLine() {
    ArticleStructure a = READER.read("""
        Storm closes ports along the coast

        NEW ORLEANS (AP) — A storm closed ports along the Gulf Coast on Tuesday, halting shipping for a second day.

        Forecasters expect the winds to ease by Thursday.

        Associated Press writer Tom Baker in Houston contributed to this report.

        Copyright 2025 The Associated Press. All rights reserved.
        """);
    assertThat(everything(a)).contains("Forecasters expect").doesNotContain("contributed", "Copyright");
  }

  @Test
  void dropsShareStampAndAdLinesInSeveralLanguages() {
    ArticleStructure a = READER.read("""
        Stadt schließt die alte Brücke

        Artikel teilen

        Stand: 25.11.2026, 14:30 Uhr

        Die Stadt schließt die alte Hafenbrücke für Autos, wie der Rat am Dienstag beschloss.

        Reklama

        Radfahrer dürfen die Brücke weiter nutzen, sagte die Bürgermeisterin.

        Sigue leyendo

        Facebook Twitter WhatsApp E-Mail
        """);
    assertThat(a.lead()).startsWith("Die Stadt schließt");
    assertThat(everything(a)).contains("Radfahrer dürfen")
        .doesNotContain("Artikel teilen", "Stand:", "Reklama", "Sigue leyendo", "WhatsApp");
  }

  @Test
  void dropsABareDatelineButKeepsSentencesWithDates() {
    ArticleStructure a = READER.read("""
        Storm closes ports along the coast

        Published 10:45 AM ET, Tue November 19, 2019

        A storm closed ports along the Gulf Coast on Tuesday, November 19, 2019, halting shipping.

        By then, 3 ships had turned back.
        """);
    assertThat(everything(a)).doesNotContain("10:45 AM").contains("November 19, 2019, halting", "By then, 3 ships");
  }

  @Test
  void keepsOrdinarySentencesThatStartLikeBylines() {
    ArticleStructure a = READER.read("""
        Storm closes ports along the coast

        A storm closed ports along the Gulf Coast on Tuesday, halting shipping for a second day.

        By Thursday the winds should ease, forecasters said.

        Von Montag an gilt wieder der normale Fahrplan.
        """);
    assertThat(everything(a)).contains("By Thursday the winds", "Von Montag an gilt");
  }

  @Test
  void publishesALineOnlyArticleRatherThanLosingIt() {
    ArticleStructure a = READER.read("Anzeige\n");
    assertThat(a.headline()).isEqualTo("Anzeige");
  }
}
