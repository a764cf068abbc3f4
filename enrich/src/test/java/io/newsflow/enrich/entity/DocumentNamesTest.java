package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The document level on spans given by hand (as a model could tag them), so each rule is checked apart
 * from what a trained model happens to do with the text.
 */
class DocumentNamesTest {

  private static List<String> resolve(String text, String language, EntityType type, String... tagged) {
    return Readings.resolved(text, language, type, tagged).stream()
        .map(e -> e.type() + ":" + e.name() + "=" + e.mentions().stream().map(Mention::text).toList())
        .toList();
  }

  @Test
  void aSpanEndingInAHyphenOrDashIsTheNameBeforeIt() {
    assertThat(resolve("Die Sprecherin der CDU-Kreistagsfraktion stimmte zu.", "de", EntityType.ORGANISATION, "CDU-"))
        .containsExactly("ORGANISATION:CDU=[CDU]");
    assertThat(resolve("Der Chemiekonzern Hoechst AG - so heißt es - baut ab.", "de", EntityType.ORGANISATION, "Hoechst AG -"))
        .contains("ORGANISATION:Hoechst AG=[Hoechst AG]");
    assertThat(resolve("Am Ende stand nur - ein Strich.", "de", EntityType.ORGANISATION, " - "))
        .isEmpty();
  }

  @Test
  void aGermanClubKeepsItsOrdinalButATableRankIsNoPartOfTheName() {
    assertThat(resolve("Der 1. FC Viktoria Kelsterbach gewann.", "de", EntityType.ORGANISATION, "FC Viktoria Kelsterbach"))
        .contains("ORGANISATION:1. FC Viktoria Kelsterbach=[1. FC Viktoria Kelsterbach]");
    assertThat(resolve("Bayern spielt gegen den 1. FC Kaiserslautern. Der FC Kaiserslautern verlor.", "de", EntityType.ORGANISATION))
        .contains("ORGANISATION:1. FC Kaiserslautern=[1. FC Kaiserslautern, FC Kaiserslautern]");
    assertThat(resolve("Tabelle: 3. SV Ossenheim 20:4, 11. FC Echzell 2:22", "de", EntityType.ORGANISATION, "SV Ossenheim", "FC Echzell"))
        .anyMatch(e -> e.contains("=[SV Ossenheim]"))
        .anyMatch(e -> e.contains("=[FC Echzell]"));
  }

  @Test
  void whereAPersonComesFromIsNoPartOfTheName() {
    assertThat(resolve("Das Tor schoß der Dresdner Ulf Kirsten.", "de", EntityType.PERSON, "Dresdner Ulf Kirsten"))
        .contains("PERSON:Ulf Kirsten=[Ulf Kirsten]");
    assertThat(resolve("Es sprach der Kelkheimer Bürgermeister Winfried Stephan.", "de", EntityType.PERSON,
        "Kelkheimer Bürgermeister Winfried Stephan"))
        .contains("PERSON:Winfried Stephan=[Winfried Stephan]");
    assertThat(resolve("Es spielten die Stuttgarter Kickers.", "de", EntityType.ORGANISATION, "Stuttgarter Kickers"))
        .contains("ORGANISATION:Stuttgarter Kickers=[Stuttgarter Kickers]");
    assertThat(resolve("Es sprach Pieter Willem Botha.", "de", EntityType.PERSON, "Pieter Willem Botha"))
        .contains("PERSON:Pieter Willem Botha=[Pieter Willem Botha]");
  }

  @Test
  void capitalsInBracketsAfterAPersonAreNotTheirInitials() {
    assertThat(resolve("Heftige Angriffe gegen Schuldezernent Werner Emde (FWG) gab es. Die FWG schweigt.", "de",
        EntityType.PERSON, "Werner Emde"))
        .contains("PERSON:Werner Emde=[Werner Emde]")
        .noneMatch(e -> e.startsWith("PERSON:") && e.contains("FWG"));
  }

  @Test
  void aCountrysPeopleWithTheEnglishIAreNoPlace() {
    assertThat(resolve("The Israeli Prime Minister met Iraqi officials.", "en", EntityType.PLACE, "Israeli", "Iraqi"))
        .noneMatch(e -> e.startsWith("PLACE:"));
    assertThat(resolve("Helsinki police said that flights to Nepal resumed.", "en", EntityType.PLACE, "Helsinki", "Nepal"))
        .contains("PLACE:Helsinki=[Helsinki]", "PLACE:Nepal=[Nepal]");
  }

  @Test
  void weekdayTaggedAsPlaceIsNoName() {
    assertThat(resolve("Die Zölle könnten am Freitag in Kraft treten.", "de", EntityType.PLACE, "Freitag"))
        .noneMatch(e -> e.contains("Freitag"));
  }

  @Test
  void townTaggedAsPlaceStays() {
    assertThat(resolve("Die Zölle könnten in Wetzlar in Kraft treten.", "de", EntityType.PLACE, "Wetzlar"))
        .contains("PLACE:Wetzlar=[Wetzlar]");
  }

  @Test
  void nameEndsBeforeAColonInAHeadline() {
    assertThat(resolve("Lübecker Werft: Auftrag für zwei Fähren", "de", EntityType.ORGANISATION, "Lübecker Werft: Auftrag"))
        .contains("ORGANISATION:Lübecker Werft=[Lübecker Werft]")
        .noneMatch(e -> e.contains("Auftrag"));
  }

  @Test
  void germanRunOverAPlaceAndAPersonBecomesBothListedNames() {
    assertThat(resolve("Nach Gesprächen in Nordkorea Wladimir Putin zufolge gibt es keine Truppen.", "de",
        EntityType.PLACE, "Nordkorea Wladimir Putin"))
        .contains("PLACE:Nordkorea=[Nordkorea]")
        .anyMatch(e -> e.startsWith("PERSON:") && e.contains("Wladimir Putin"))
        .noneMatch(e -> e.contains("Nordkorea Wladimir"));
  }

  @Test
  void germanListedNameWithTheNounAfterItIsTheListedName() {
    assertThat(resolve("Die NATO-Truppen bleiben im Land.", "de", EntityType.ORGANISATION, "NATO-Truppen"))
        .anyMatch(e -> e.startsWith("ORGANISATION:") && e.endsWith("=[NATO]"))
        .noneMatch(e -> e.contains("Truppen"));
  }

  @Test
  void germanTwoWordNameAroundNoListedNameStands() {
    assertThat(resolve("Die Firma Kessler Feinmechanik stellt Teile her.", "de", EntityType.ORGANISATION, "Kessler Feinmechanik"))
        .contains("ORGANISATION:Kessler Feinmechanik=[Kessler Feinmechanik]");
  }

  @Test
  void fullNameTheListsMatchedAsAnAliasJoinsTheListedPerson() {
    assertThat(resolve("Lukaschenko warnt. Der Präsident Aljaksandr Lukaschenko sagte das am Abend.", "de",
        EntityType.PERSON, "Aljaksandr Lukaschenko"))
        .filteredOn(e -> e.startsWith("PERSON:"))
        .hasSize(1)
        .allMatch(e -> e.contains("Aljaksandr Lukaschenko") && e.contains("[Lukaschenko, Aljaksandr Lukaschenko]"));
  }

  @Test
  void differentGivenNameWithAListedSurnameStaysItsOwnPerson() {
    assertThat(resolve("Stadtrat Rainer Scholz trat am Montag zurück.", "de", EntityType.PERSON, "Rainer Scholz"))
        .contains("PERSON:Rainer Scholz=[Rainer Scholz]")
        .noneMatch(e -> e.contains("Olaf"));
  }

  @Test
  void aBareSurnameIsThePersonLastNamedInFullWithIt() {
    String text = "Stadtrat Rainer Scholz trat am Montag zurück. Scholz war zwölf Jahre im Amt. "
        + "Er ist nicht mit Olaf Scholz verwandt. Scholz war damals Bundeskanzler.";
    assertThat(resolve(text, "de", EntityType.PERSON, "Rainer Scholz", "Olaf Scholz"))
        .contains("PERSON:Rainer Scholz=[Rainer Scholz, Scholz]", "PERSON:Olaf Scholz=[Olaf Scholz, Scholz]");
  }

  @Test
  void aListedSurnameWithNoFullNameBeforeItStaysTheListedPerson() {
    assertThat(resolve("Scholz sprach am Montag in Berlin. Später kam Rainer Scholz dazu.", "de", EntityType.PERSON, "Rainer Scholz"))
        .anyMatch(e -> e.startsWith("PERSON:") && e.endsWith("=[Scholz]") && !e.contains("Rainer"));
  }

  @Test
  void aSpanWithALowerCaseRoleWordInsideIsThePersonAfterIt() {
    assertThat(resolve("City councillor Rainer Scholz resigned on Monday.", "en", EntityType.ORGANISATION,
        "City councillor Rainer Scholz"))
        .contains("PERSON:Rainer Scholz=[Rainer Scholz]")
        .noneMatch(e -> e.startsWith("ORGANISATION:"));
  }

  @Test
  void anOrganisationWithoutARoleWordKeepsItsSpan() {
    assertThat(resolve("The Bank of England raised rates on Thursday.", "en", EntityType.ORGANISATION, "Bank of England"))
        .contains("ORGANISATION:Bank of England=[Bank of England]");
  }

  @Test
  void anInstitutionsCommonNounAloneIsNoOrganisation() {
    assertThat(resolve("The Court said on Monday that the appeal was late, and the Board agreed.", "en",
        EntityType.ORGANISATION, "The Court", "Board"))
        .noneMatch(e -> e.startsWith("ORGANISATION:"));
  }

  @Test
  void anInstitutionNamedWithWordsOfItsOwnStays() {
    assertThat(resolve("The Supreme Court said on Monday that the appeal was late.", "en",
        EntityType.ORGANISATION, "Supreme Court"))
        .contains("ORGANISATION:Supreme Court=[Supreme Court]");
  }

  @Test
  void germanSpanStartingWithAnAdjectiveIsNoName() {
    assertThat(resolve("Berichte über nordkoreanische Soldaten in Russland.", "de", EntityType.ORGANISATION, "nordkoreanische Soldaten"))
        .noneMatch(e -> e.contains("Soldaten"));
  }

  @Test
  void germanPersonMayStartWithAParticle() {
    assertThat(resolve("Das sagte gestern von Weizsäcker in Bonn.", "de", EntityType.PERSON, "von Weizsäcker"))
        .contains("PERSON:von Weizsäcker=[von Weizsäcker]");
  }

  @Test
  void runOnOverADayEndsBeforeThePreposition() {
    assertThat(resolve("Apple met regulators in Brussels on Monday.", "en", EntityType.ORGANISATION, "Brussels on Monday"))
        .contains("PLACE:Brussels=[Brussels]")
        .noneMatch(e -> e.contains("Monday"));
  }

  @Test
  void aNameEndingInACalendarWordWithoutAPrepositionStays() {
    assertThat(resolve("Wir trafen uns im Café Montag in Leipzig.", "de", EntityType.ORGANISATION, "Café Montag"))
        .anyMatch(e -> e.startsWith("ORGANISATION:") && e.contains("Café Montag"));
  }

  @Test
  void commonWordTaggedWithoutItsCueIsNoName() {
    assertThat(resolve("Der Spieler hob nach dem Tor den Arm.", "de", EntityType.ORGANISATION, "Arm"))
        .noneMatch(e -> e.contains("Arm"));
  }

  @Test
  void acronymInItsOwnLanguageIsTheInstitution() {
    assertThat(resolve("Wyniki wyborów ogłosiła w poniedziałek PKW.", "pl", EntityType.ORGANISATION, "PKW"))
        .anyMatch(e -> e.startsWith("ORGANISATION:") && e.endsWith("=[PKW]"));
  }

  @Test
  void frenchMentionHoldsTheCourtesyTitleTheNameDoesNot() {
    assertThat(resolve("Hier, M. Chéron a parlé devant la Chambre.", "fr", EntityType.PERSON, "Chéron"))
        .containsExactly("PERSON:Chéron=[M. Chéron]");
  }

  @Test
  void aCourtesyTitleAloneIsNoName() {
    assertThat(resolve("Hier, M. le ministre a parlé.", "fr", EntityType.PERSON, "M.")).isEmpty();
  }

  @Test
  void aFrenchFunctionBeforeTheNameIsNotInTheName() {
    assertThat(resolve("Hier, le général de Gaulle a parlé.", "fr", EntityType.PERSON, "le général de Gaulle"))
        .containsExactly("PERSON:de Gaulle=[le général de Gaulle]");
  }

  @Test
  void anEnglishInitialLikeAFrenchTitleStaysInTheName() {
    assertThat(resolve("Yesterday M. Night Shyamalan spoke to reporters.", "en", EntityType.PERSON, "M. Night Shyamalan"))
        .containsExactly("PERSON:M. Night Shyamalan=[M. Night Shyamalan]");
  }

  @Test
  void englishMentionStaysWithoutTheTitle() {
    assertThat(resolve("Yesterday Mr. Smith spoke to reporters.", "en", EntityType.PERSON, "Smith"))
        .containsExactly("PERSON:Smith=[Smith]");
  }

  @Test
  void aTaggedRunOverASlashOrABracketIsItsNames() {
    assertThat(resolve("Im Finale: Grabb / Reneberg (USA / Nr. 2) - Connell siegten.", "de", EntityType.PERSON,
        "Grabb / Reneberg", "USA / Nr. 2) - Connell"))
        .contains("PERSON:Grabb=[Grabb]", "PERSON:Reneberg=[Reneberg]")
        .noneMatch(e -> e.contains("/") || e.contains("Nr. 2") || e.contains(")"));
  }

  @Test
  void aNameWithoutSeparatorsIsOnePart() {
    EntityModel.Tagged t = new EntityModel.Tagged(EntityType.ORGANISATION, 4, 22);
    assertThat(DocumentNames.partsBetweenSeparators("Die Bündnis 90/Die Grünen tagen.", t)).containsExactly(t);
  }

  @Test
  void aSpanRunningOnIntoALowerCaseWordEndsBeforeIt() {
    assertThat(resolve("Ein Wechsel mache für den SV Hallstedt durchaus Sinn, sagte er.", "de", EntityType.ORGANISATION,
        "SV Hallstedt durchaus Sinn"))
        .contains("ORGANISATION:SV Hallstedt=[SV Hallstedt]");
    assertThat(resolve("Shares of Brightwave Labs today rose sharply.", "en", EntityType.ORGANISATION, "Brightwave Labs today"))
        .contains("ORGANISATION:Brightwave Labs=[Brightwave Labs]");
  }

  @Test
  void lowerCaseWordsThatJoinANamesWordsStayInIt() {
    assertThat(resolve("Die Gesellschaft für technische Zusammenarbeit hilft.", "de", EntityType.ORGANISATION,
        "Gesellschaft für technische Zusammenarbeit"))
        .contains("ORGANISATION:Gesellschaft für technische Zusammenarbeit=[Gesellschaft für technische Zusammenarbeit]");
    assertThat(resolve("Il travaille à la Société générale depuis dix ans.", "fr", EntityType.ORGANISATION, "Société générale"))
        .contains("ORGANISATION:Société générale=[Société générale]");
  }

  @Test
  void anOccupationAtTheStartOfAPersonsSpanIsNoPartOfTheName() {
    assertThat(resolve("Am Abend trat der Rocksänger Udo Lindenberg in Hamburg auf.", "de", EntityType.PERSON,
        "Rocksänger Udo Lindenberg"))
        .anyMatch(e -> e.startsWith("PERSON:Udo Lindenberg="))
        .noneMatch(e -> e.contains("Rocksänger"));
  }

  @Test
  void aRunOverASpacedDashBetweenTwoClubsIsBothClubs() {
    assertThat(resolve("Die nächsten Spiele: SV Echzell - TSG Ossenheim (15. September, 20 Uhr).", "de",
        EntityType.ORGANISATION, "SV Echzell - TSG Ossenheim"))
        .contains("ORGANISATION:SV Echzell=[SV Echzell]", "ORGANISATION:TSG Ossenheim=[TSG Ossenheim]")
        .noneMatch(e -> e.contains(" - "));
  }

  @Test
  void aSpacedHyphenBetweenSingleWordsOrBeforeAJobStaysInTheRun() {
    EntityModel.Tagged department = new EntityModel.Tagged(EntityType.PLACE, 13, 35);
    assertThat(DocumentNames.sidesOfAPairing("Il habite en Meurthe - et - Moselle.", "fr", department)).containsExactly(department);
    assertThat(DocumentNames.sidesOfAPairing("Team: Bryan Hull - Analyst", "en", new EntityModel.Tagged(EntityType.PERSON, 6, 26)))
        .hasSize(1);
    assertThat(DocumentNames.sidesOfAPairing("Centralne Biuro Projektowo - Badawcze Budownictwa", "pl",
        new EntityModel.Tagged(EntityType.ORGANISATION, 0, 50))).hasSize(1);
  }

  @Test
  void aNameEndingInAnOrganisationsHeadNounIsAnOrganisationWhateverTheModelSaid() {
    assertThat(resolve("She played with the Lakeshore Symphony Orchestra last year.", "en", EntityType.PLACE,
        "Lakeshore Symphony Orchestra"))
        .contains("ORGANISATION:Lakeshore Symphony Orchestra=[Lakeshore Symphony Orchestra]");
    assertThat(resolve("He teaches at Brookfield University in Ohio.", "en", EntityType.PERSON, "Brookfield University"))
        .contains("ORGANISATION:Brookfield University=[Brookfield University]");
  }

  @Test
  void aPlaceWithoutSuchAHeadStaysAPlace() {
    assertThat(resolve("She moved to Lakeshore Heights last year.", "en", EntityType.PLACE, "Lakeshore Heights"))
        .contains("PLACE:Lakeshore Heights=[Lakeshore Heights]");
  }
}
