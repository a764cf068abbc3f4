package io.newsflow.enrich.entity;

import static io.newsflow.enrich.ArticleAssertions.mentions;
import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the trained models and the document level after them give on text written for these tests. */
class ModelEntitiesTest {
  private static List<String> names(EnrichedArticle a, EntityType type) {
    return a.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }

  @Test
  void shippedModelsLoadForGermanEnglishAndFrench() {
    EntityModel model = EntityModel.shipped(null);
    assertThat(model.languages()).containsExactlyInAnyOrder("de", "en", "fr");
    assertThat(model.supports("pl")).as("the Polish model is trained on GPL data and opt-in").isFalse();
  }

  @Test
  void findsPeopleAndPlacesNoListKnows() {
    EnrichedArticle a = plain("""
        Neuer Bürgermeister in Wolfhagen

        Der Stadtrat von Wolfhagen hat am Dienstag Torben Kästle zum Bürgermeister gewählt. Kästle setzte sich gegen Margit Ohlendorf durch.
        """);
    assertThat(names(a, EntityType.PERSON)).contains("Torben Kästle", "Margit Ohlendorf");
    assertThat(names(a, EntityType.PLACE)).contains("Wolfhagen");
  }

  @Test
  void joinsSurnameToTheFullNameButKeepsADifferentGivenNameApart() {
    EnrichedArticle a = plain("""
        Zwei Scholz im Rathaus

        Der Kölner Stadtrat Rainer Scholz hat am Montag seinen Rücktritt erklärt. Scholz war zwölf Jahre im Amt.

        Mit dem früheren Bundeskanzler Olaf Scholz ist er nicht verwandt.
        """);
    List<Entity> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    assertThat(people).extracting(Entity::name).contains("Rainer Scholz", "Olaf Scholz");
    Entity rainer = people.stream().filter(e -> e.name().equals("Rainer Scholz")).findFirst().orElseThrow();
    assertThat(mentions(rainer)).contains("Rainer Scholz", "Scholz");
    Entity olaf = people.stream().filter(e -> e.name().equals("Olaf Scholz")).findFirst().orElseThrow();
    assertThat(mentions(olaf)).containsExactly("Olaf Scholz");
  }

  @Test
  void tagsNothingInATextWithoutNames() {
    EnrichedArticle a = plain("""
        Das Wetter wird besser

        Nach dem Regen der vergangenen Tage wird es am Wochenende sonniger. Die Temperaturen steigen auf bis zu zwanzig Grad.
        """);
    assertThat(a.entities()).isEmpty();
  }

  @Test
  void leavesCapitalisedGermanNounsAndDemonymsUntagged() {
    EnrichedArticle a = plain("""
        Schach im Park

        Die Spieler hielten ihre Gegner lange in Schach. Viele Deutsche und einige polnische Gäste sahen zu, der PKW-Verkehr ruhte.
        """);
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("Schach", "Deutsche", "PKW");
  }

  @Test
  void findsAnOrganisationInsideACompound() {
    EnrichedArticle a = plain("""
        Manöver im Baltikum

        Die NATO-Truppen in Litauen werden verstärkt, teilte das Verteidigungsministerium mit.
        """);
    assertThat(a.entities()).extracting(Entity::name).contains("NATO");
  }

  @Test
  void findsEnglishNamesAndKeepsDemonymsOut() {
    EnrichedArticle a = plain("""
        Port strike spreads

        Dock workers in Rotterdam joined the strike on Monday, said union leader Priya Raghunathan. Dutch and Belgian officials urged talks.
        """);
    assertThat(names(a, EntityType.PERSON)).contains("Priya Raghunathan");
    assertThat(names(a, EntityType.PLACE)).contains("Rotterdam");
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("Dutch", "Belgian");
  }
}
