package io.newsflow.enrich.entity;

import static io.newsflow.enrich.ArticleAssertions.mentions;
import static io.newsflow.enrich.ArticleAssertions.named;
import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedArticle;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

  @Test
  void mergesSurnameMentionsIntoFullName() {
    EnrichedArticle a = plain("""
        Pistorius besucht Litauen

        Verteidigungsminister Boris Pistorius ist am Montag in Vilnius eingetroffen. Pistorius will dort die Brigade besuchen.

        Die Reise war lange geplant, hieß es aus Berlin. Pistorius' Sprecher bestätigte den Termin.
        """);
    Entity p = named(a, "Boris Pistorius");
    assertThat(p.type()).isEqualTo(EntityType.PERSON);
    assertThat(mentions(p)).contains("Pistorius", "Boris Pistorius");
    assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }

  @Test
  void findsUnknownPersonAfterRoleWord() {
    EnrichedArticle a = plain("""
        Neue Chefin für die Stadtwerke

        Die Stadtwerke haben eine neue Führung. Geschäftsführerin Ilka Wendtland übernimmt zum Jahresbeginn.
        """);
    assertThat(a.entities()).extracting(Entity::name).contains("Ilka Wendtland");
  }

  @Test
  void readsNamesInsideGermanCompounds() {
    EnrichedArticle a = plain("""
        Streit in der Koalition

        Die CDU-Spitze und die EU-Kommission streiten über NATO-Vorgaben, berichten Abgeordnete.
        """);
    assertThat(a.entities()).extracting(Entity::name).contains("CDU", "Europäische Kommission", "NATO");
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("Europäische Union");
  }

  @Test
  void aPolishAcronymThatIsAGermanWordNeedsItsCueInGermanText() {
    EnrichedArticle german = plain("""
        Brand auf der Autobahn

        Auf der A7 ist am Morgen ein PKW in Brand geraten. Die Feuerwehr löschte das Fahrzeug, verletzt wurde niemand.
        """);
    assertThat(german.entities()).extracting(Entity::name).doesNotContain("Staatliche Wahlkommission");
    EnrichedArticle polish = plain("""
        Wyniki wyborów

        PKW poda wyniki wyborów w poniedziałek rano. Frekwencja była wysoka w całym kraju.
        """);
    assertThat(polish.entities()).extracting(Entity::name).contains("Państwowa Komisja Wyborcza");
  }

  @Test
  void aGivenNameThatIsAListedFamilyNameStartsAnotherPerson() {
    EnrichedArticle a = plain("""
        Frauenfußball im Aufwind

        Die Vereine haben mehr Mitglieder als je zuvor, sagte Kim Kulig, die frühere Nationalspielerin, am Montag in Hamburg.
        """);
    assertThat(a.entities()).extracting(Entity::name).contains("Kim Kulig").doesNotContain("Kim Jong Un");
  }

  @Test
  void anInflectedListedFamilyNameStaysTheListedPerson() {
    EnrichedArticle a = plain("""
        Nordkorea schickt Truppen

        Machthaber Kim Jong Un hat weitere Einheiten an die Front geschickt. Kims Soldaten sollen dort bis zum Frühjahr bleiben.
        """);
    assertThat(mentions(named(a, "Kim Jong Un"))).contains("Kim Jong Un", "Kims");
  }

  @Test
  void readsInflectedPolishPlaceNames() {
    EnrichedArticle a = plain("""
        Nowe połączenia kolejowe

        Od grudnia pociągi pojadą częściej między Warszawą a Gdańskiem. Pasażerowie w Polsce czekali na to od lat.
        """);
    assertThat(mentions(named(a, "Warszawa"))).containsExactly("Warszawą");
    assertThat(a.entities()).extracting(Entity::name).contains("Polska");
  }

  @Test
  void knowsWellKnownPersonByGenitiveSurname() {
    EnrichedArticle a = plain("""
        Kreml reagiert

        Putins Sprecher wies die Berichte am Dienstag zurück. Die Regierung in Moskau sprach von Propaganda.
        """);
    assertThat(a.entities()).extracting(Entity::name).contains("Wladimir Putin", "Moskau");
  }

  @Test
  void ignoresSeveralAgenciesInADatelineButNotAnAgencyInTheStory() {
    EnrichedArticle a = plain("""
        Gespräche in Genf

        GENF, 23. August (AP / dpa). Die Unterhändler der Vereinten Nationen setzten die Gespräche fort.

        Die Nachrichtenagentur Reuters berichtete, die Gespräche dauerten bis Freitag.
        """);
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("AP / dpa", "AP", "dpa").contains("Reuters");
  }

  @Test
  void clubsNamedWithAClubWordAndTheirTownAreOrganisations() {
    EnrichedArticle a = plain("""
        Europapokal: Dinamo Bukarest empfängt Leeds United

        Dinamo Bukarest trifft am Mittwoch auf Leeds United. Die Mannschaft reiste am Montag nach Bukarest.
        """);
    assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ORGANISATION).extracting(Entity::name)
        .contains("Dinamo Bukarest", "Leeds United");
    assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Bukarest");
  }

  @Test
  void readsAListedNameThroughTheDamagedUmlaut() {
    EnrichedArticle a = plain("""
        Neuer Tarifvertrag

        Die Stadtwerke in M\u0081Echen und die Gewerkschaft haben sich am Montag geeinigt, teilte die Stadt mit.
        """);
    assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PLACE)
        .anySatisfy(e -> assertThat(e.mentions()).extracting(Mention::text).contains("M\u0081Echen"));
  }

  @Test
  void aDamagedWordNoListHoldsStaysUnread() {
    EnrichedArticle a = plain("""
        Neuer Tarifvertrag

        Die Stadtwerke haben sich am Montag geeinigt, teilte die Stadt f\u0081E ihre Beschäftigten mit.
        """);
    assertThat(a.entities()).isEmpty();
  }

  @Test
  void ignoresAgencyMarkerInDateline() {
    EnrichedArticle a = plain("""
        Talks resume in Geneva

        GENEVA (Reuters) — Negotiators resumed talks on Monday, diplomats said.
        """);
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("Reuters").contains("Geneva");
  }

  @Test
  void everyMentionMatchesTheArticleText() {
    EnrichedArticle a = plain("""
        Politik

        Merz trifft Macron in Paris

        Bundeskanzler Friedrich Merz ist zu Gesprächen mit Emmanuel Macron nach Paris gereist. Merz und Macron wollen über die Ukraine sprechen.
        """);
    String text = a.text();
    assertThat(a.entities()).isNotEmpty();
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void aCountrysAbbreviationNamesItWhereTheModelLeftItAlone() {
    EnrichedArticle a = plain("""
        Lob vom Trainer

        Der Trainer lobte seine Entdeckung aus den USA in den höchsten Tönen.
        """);
    assertThat(mentions(named(a, "Vereinigte Staaten"))).containsExactly("USA");
  }

  @Test
  void aCountrysAbbreviationAtTheHeadOfACompoundIsNoMention() {
    EnrichedArticle a = plain("""
        Botschafter in Haiti

        Der US-Botschafter traf am Montag in Haiti ein. Die USA wollen die Sanktionen verschärfen.
        """);
    assertThat(mentions(named(a, "Vereinigte Staaten"))).containsExactly("USA");
  }

  @Test
  void aTownThatIsAlsoACommonWordCountsAfterStadtOrKreis() {
    EnrichedArticle a = plain("""
        Neuer Haushalt

        Die Stadt Gießen hat am Montag einen neuen Haushalt beschlossen. Auch der Kreis Essen plant Einsparungen.
        """);
    assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
        .contains("Gießen", "Essen");
  }

  @Test
  void theCommonWordWithoutSuchACueStaysAWord() {
    EnrichedArticle a = plain("""
        Tipps für den Sommer

        Das Gießen der Blumen am Abend spart Wasser, sagen die Gärtner. Beim Essen im Garten stören Wespen.
        """);
    assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PLACE).isEmpty();
  }
}
