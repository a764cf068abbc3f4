package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** French titles before a person and house numbers before a street belong to the mention (FrenchTitles, FrenchAddresses). */
class FrenchConventionsTest {
  private static List<String> resolve(String text, String language, EntityType type, String... tagged) {
    return Readings.resolved(text, language, type, tagged).stream()
        .map(e -> e.type() + ":" + e.name() + "=" + e.mentions().stream().map(Mention::text).toList())
        .toList();
  }

  @Test
  void aFunctionBeforeTheNameIsInTheMentionNotInTheName() {
    assertThat(resolve("Nous devons ajouter que le président Wilson semble avoir renoncé.", "fr", EntityType.PERSON, "Wilson"))
        .containsExactly("PERSON:Wilson=[président Wilson]");
  }

  @Test
  void anElidedArticleStaysOutside() {
    assertThat(resolve("Mario trouva là l'abbé Poulain très fatigué.", "fr", EntityType.PERSON, "Poulain"))
        .containsExactly("PERSON:Poulain=[abbé Poulain]");
  }

  @Test
  void aCourtesyTitleArticleAndRankBeforeAParticleAllCome() {
    assertThat(resolve("L'opinion est d'accord avec M. le prince de Bismarck cette fois.", "fr", EntityType.PERSON, "Bismarck"))
        .containsExactly("PERSON:de Bismarck=[M. le prince de Bismarck]");
  }

  @Test
  void aCapitalisedFormOfAddressCountsAndTheFullNameIsKept() {
    assertThat(resolve("Il salua le professeur Paul Langevin et sa famille.", "fr", EntityType.PERSON, "Paul Langevin"))
        .containsExactly("PERSON:Paul Langevin=[professeur Paul Langevin]");
    assertThat(resolve("— Ah! Monsieur Sandeau, enchanté.", "fr", EntityType.PERSON, "Sandeau"))
        .containsExactly("PERSON:Sandeau=[Monsieur Sandeau]");
  }

  @Test
  void aParticleAfterAWordThatIsNoTitleStaysOutside() {
    assertThat(resolve("Les opérations de M. Lasteyrie inquiètent.", "fr", EntityType.PERSON, "M. Lasteyrie"))
        .containsExactly("PERSON:Lasteyrie=[M. Lasteyrie]");
    assertThat(resolve("La maison de Bismarck est vide.", "fr", EntityType.PERSON, "Bismarck"))
        .containsExactly("PERSON:Bismarck=[Bismarck]");
  }

  @Test
  void aTitleOnTheLineBeforeIsNotTaken() {
    assertThat(resolve("Il parla au président\nWilson hier.", "fr", EntityType.PERSON, "Wilson"))
        .containsExactly("PERSON:Wilson=[Wilson]");
  }

  @Test
  void otherLanguagesKeepTheirOwnConventions() {
    assertThat(resolve("We are told that President Wilson gave up.", "en", EntityType.PERSON, "Wilson"))
        .containsExactly("PERSON:Wilson=[Wilson]");
    assertThat(resolve("Die Wohnung liegt 40, rue Galande in Paris.", "de", EntityType.PLACE, "rue Galande"))
        .noneMatch(e -> e.contains("40, rue"));
  }

  @Test
  void theHouseNumberBeforeAStreetIsInTheAddress() {
    assertThat(resolve("La réunion aura lieu au café, 40, rue Galande, à 21 heures.", "fr", EntityType.PLACE, "rue Galande"))
        .anyMatch(e -> e.endsWith("=[40, rue Galande]"));
    assertThat(resolve("Imprimerie de l'Œuvre, 9. rue Louis-le-Grand, Paris.", "fr", EntityType.PLACE, "rue Louis-le-Grand"))
        .anyMatch(e -> e.endsWith("=[9. rue Louis-le-Grand]"));
  }

  @Test
  void aFigureThatIsNoHouseNumberOrAPlaceThatIsNoStreetStaysOutside() {
    assertThat(resolve("Les 2025 habitants de la rue Galande protestent.", "fr", EntityType.PLACE, "rue Galande"))
        .anyMatch(e -> e.endsWith("=[rue Galande]"));
    assertThat(resolve("Il y a 40, Paris compris, villes candidates.", "fr", EntityType.PLACE, "Paris"))
        .allMatch(e -> e.endsWith("=[Paris]"));
  }

  @Test
  void titleWordsAreFoundWithoutRegardToCase() {
    assertThat(FrenchTitles.isTitle("COMTE")).isTrue();
    assertThat(FrenchTitles.isTitle("Wilson")).isFalse();
    assertThat(FrenchTitles.withoutTitles("M. le comte de Butenval")).isEqualTo("de Butenval");
    assertThat(FrenchTitles.withoutTitles("Docteur Paul Langevin")).isEqualTo("Paul Langevin");
    // A surname that is also a title word ("Michel Chevalier", "Chevalier" alone) is still the name.
    assertThat(FrenchTitles.withoutTitles("Michel Chevalier")).isEqualTo("Michel Chevalier");
    assertThat(FrenchTitles.withoutTitles("Chevalier")).isEqualTo("Chevalier");
  }
}
