package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** League tables read by their shape, on the document level with no model spans. */
class StandingsTest {
  private static List<String> entities(String text) {
    return SportsLinesTest.entities(text);
  }

  @Test
  void theClubsOfATableOnOneLineAreOrganisationsTownNamesToo() {
    assertThat(entities("Regionalliga\n\n- Tabelle:\n\n1. Hansa Rostock 12:4 Tore / 9:1 Punkte, 2. Norderstedt 8:3 / 7:3, "
        + "3. Eintracht Trier und VfL Osnabrück je 7:5 / 6:4, 4. Hearts of Oak 6:6 / 5:5."))
        .contains("ORGANISATION:Hansa Rostock", "ORGANISATION:Norderstedt", "ORGANISATION:Eintracht Trier",
            "ORGANISATION:VfL Osnabrück", "ORGANISATION:Hearts of Oak")
        .doesNotContain("PLACE:Norderstedt", "ORGANISATION:Eintracht Trier und VfL Osnabrück");
  }

  @Test
  void aTableWithOnePlacePerLineAndAClubNumberInTheName() {
    assertThat(entities("Oberliga\n\n1. Sturm Graz 14:3 8:2\n2. 1. FC Lübars 12:6 7:3\n3. Schalke 04 9:9 5:5\n4. LASK Linz 7:9 4:6"))
        .contains("ORGANISATION:Sturm Graz", "ORGANISATION:1. FC Lübars", "ORGANISATION:Schalke 04", "ORGANISATION:LASK Linz");
  }

  @Test
  void aRankingOfAthletesWithTheirClubsIsNoTable() {
    assertThat(entities("Sprint\n\n1. Petra Vogt (Lübars) 11,32 Sek., 2. Anna Roth (Norderstedt) 11,40, 3. Eva Graf (Trier) 11,51."))
        .noneMatch(e -> e.startsWith("ORGANISATION:"));
  }

  @Test
  void twoPlacesMakeNoTable() {
    assertThat(entities("Spitze\n\n1. Norderstedt 8:3 Tore, 2. Lübars 7:3 Tore."))
        .noneMatch(e -> e.startsWith("ORGANISATION:"));
  }

  @Test
  void numberedSentencesWithScoresAreNoTable() {
    assertThat(entities("Bilanz\n\n1. Norderstedt gewann am Sonntag 8:3 gegen die Gäste, 2. Lübars verlor erneut mit 7:3, "
        + "3. Trier spielte 1:1."))
        .noneMatch(e -> e.startsWith("ORGANISATION:"));
  }
}
