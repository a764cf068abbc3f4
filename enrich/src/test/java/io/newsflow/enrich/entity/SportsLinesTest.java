package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Line-ups, results and scorers read by their shape, on the document level with no model spans. */
class SportsLinesTest {
  private static final EntityRecognizer RULES = new EntityRecognizer();

  /** The document level's entities of a German text with no model spans, as "TYPE:first mention". */
  static List<String> entities(String text) {
    Recognition rules = RULES.byRules(ArticleText.of(text, null, List.of()), "de");
    return DocumentNames.resolve(rules, List.of(), Set.of(), new PersonCues(), new OrganisationCues()).stream()
        .map(e -> e.type() + ":" + e.mentions().get(0).text())
        .toList();
  }

  @Test
  void lineUpNamesAreAllPeopleSubstitutesToo() {
    String text = "Pokal in Krefeld\n\nUerdingen:\n\nDreher - Jütner - Paßlack, Posch - Gorlukowitsch, Krümpelmann (74. Klein), "
        + "Bremser, Kutschera, Kranz - Sassen, Bittengel (87. Adler).";
    assertThat(entities(text))
        .contains("PERSON:Dreher", "PERSON:Paßlack", "PERSON:Gorlukowitsch", "PERSON:Klein", "PERSON:Kranz", "PERSON:Sassen",
            "PERSON:Adler", "ORGANISATION:Uerdingen")
        .doesNotContain("PERSON:Kranz - Sassen");
  }

  @Test
  void teamBeforeTheColonOfALineUpIsTheClub() {
    assertThat(entities("Bochum: Wessels - Kempe - Reekers, Heinemann - Christians, Rzehaczek, Herrmann (84. Milde), Wosz."))
        .contains("ORGANISATION:Bochum", "PERSON:Wessels", "PERSON:Milde", "PERSON:Wosz")
        .doesNotContain("PLACE:Bochum");
  }

  @Test
  void sidesOfAResultAreClubsEvenWhenNamedAfterTowns() {
    assertThat(entities("Fußball-Bundesliga\n\nMönchengladbach - Bochum 1:1 (1:1), SG Wattenscheid 09 - Bayer Uerdingen 2:0"))
        .contains("ORGANISATION:Mönchengladbach", "ORGANISATION:Bochum", "ORGANISATION:SG Wattenscheid 09",
            "ORGANISATION:Bayer Uerdingen")
        .doesNotContain("PLACE:Mönchengladbach", "PLACE:Bochum");
  }

  @Test
  void aCountryInAResultIsTheNationalTeamAndStaysAPlace() {
    assertThat(entities("Qualifikation\n\nCosta Rica - Panama 5:1 (2:0)"))
        .contains("PLACE:Costa Rica", "PLACE:Panama")
        .noneMatch(e -> e.startsWith("ORGANISATION:"));
  }

  @Test
  void scorersAfterTheRunningScoreArePeople() {
    assertThat(entities("Tore:\n\n1:0 Herzberger (40.), 1:1 Frackiewicz (71.), 2:1 Ruof (86.)."))
        .contains("PERSON:Herzberger", "PERSON:Frackiewicz", "PERSON:Ruof");
  }

  @Test
  void aListOfCountriesIsNoLineUp() {
    assertThat(entities("Die Route: Deutschland - Frankreich - Spanien, Italien - Polen, Österreich, Ungarn - Tschechien."))
        .contains("PLACE:Deutschland", "PLACE:Frankreich", "PLACE:Polen")
        .noneMatch(e -> e.startsWith("PERSON:"));
  }

  @Test
  void aFewNamesWithDashesAreNoLineUp() {
    assertThat(entities("Kurz notiert: Meier - Schulz - Bauer, Hoffmann."))
        .noneMatch(e -> e.equals("PERSON:Meier") || e.equals("PERSON:Bauer"));
  }

  @Test
  void aMatchInASentenceDoesNotMakeTheWordsBeforeItAClub() {
    assertThat(entities("Das Spiel Bayern - Köln 2:1 war das beste der Saison, sagten die Trainer am Abend."))
        .noneMatch(e -> e.contains("Das Spiel"));
  }

  @Test
  void aTimeBeforeABracketIsNoScorer() {
    assertThat(entities("Einlass ab 18:00 Uhr (3 Euro), Beginn um 19:30 Uhr (10.)."))
        .noneMatch(e -> e.startsWith("PERSON:"));
  }

  @Test
  void playersOfAnIndividualResultArePeopleDoublesPartnersApart() {
    assertThat(entities("Tennis\n\nCueto (Stuttgart) - Rath (Koblenz) 6:1, 6:1, Grabb / Reneberg (USA) - Connell / Michibata (Kanada) 7:6 (7:1), 6:2."))
        .contains("PERSON:Cueto", "PERSON:Rath", "PERSON:Grabb", "PERSON:Reneberg", "PERSON:Connell", "PERSON:Michibata")
        .doesNotContain("PERSON:Grabb / Reneberg");
  }

  @Test
  void townsComparedInASentenceStayPlaces() {
    assertThat(entities("Beim Vergleich stand es Berlin (Ost) - Hamburg (West) 3:1, hieß es am Abend im Rathaus."))
        .noneMatch(e -> e.startsWith("PERSON:"));
  }
}
