package io.newsflow.enrich.entity;

import static io.newsflow.enrich.ArticleAssertions.mentions;
import static io.newsflow.enrich.ArticleAssertions.named;
import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedArticle;
import org.junit.jupiter.api.Test;

/** Articles in a language with no model of its own get only the names a line's shape tells. */
class ShapesInOtherLanguagesTest {

  @Test
  void theSidesOfADutchLeaguesResultsAreClubs() {
    EnrichedArticle a = plain("""
        Uitslagen van de derde speelronde

        Heracles Almelo - NEC Nijmegen 2:1, AZ Alkmaar - SC Heerenveen 0:0, FC Emmen - Excelsior Rotterdam 3:2.

        De wedstrijden werden zondagmiddag gespeeld voor volle tribunes.
        """);
    assertThat(a.language()).isEqualTo("nl");
    assertThat(a.entities()).extracting(Entity::name)
        .contains("Heracles Almelo", "NEC Nijmegen", "AZ Alkmaar", "SC Heerenveen", "FC Emmen", "Excelsior Rotterdam");
    assertThat(a.entities()).allSatisfy(e -> assertThat(e.type()).as(e.name()).isEqualTo(EntityType.ORGANISATION));
  }

  @Test
  void aClubNamedInTheResultsIsTaggedWhereItRecurs() {
    EnrichedArticle a = plain("""
        Uitslagen van de derde speelronde

        Heracles Almelo - NEC Nijmegen 2:1, AZ Alkmaar - SC Heerenveen 0:0.

        Stand: 1. Heracles Almelo 7 punten, 2. AZ Alkmaar 6 punten.
        """);
    assertThat(mentions(named(a, "Heracles Almelo"))).hasSize(2);
  }

  @Test
  void dutchProseWithoutSuchLinesGetsNoGuessedNames() {
    EnrichedArticle a = plain("""
        Nieuw station geopend

        De burgemeester van Utrecht, Sharon Dijksma, opende dinsdag het nieuwe station in het centrum van de stad.
        Volgens de gemeente zullen er elke dag duizenden reizigers gebruik van maken.
        """);
    assertThat(a.language()).isEqualTo("nl");
    assertThat(a.entities()).isEmpty();
    assertThat(a.quotes()).isEmpty();
  }
}
