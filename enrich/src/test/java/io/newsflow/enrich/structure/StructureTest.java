package io.newsflow.enrich.structure;

import static io.newsflow.enrich.TestArticles.ENRICHER;
import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.enrich.EnrichedArticle;
import io.newsflow.enrich.UnreadableArticleException;
import org.junit.jupiter.api.Test;

class StructureTest {
  private static final String GERMAN = """
      SportBayern verliert in Dortmund

      Bayern verliert in Dortmund

      Der Tabellenführer hat am Samstagabend überraschend mit 1:3 verloren. Trainer und Mannschaft zeigten sich nach dem Spiel ratlos.

      Bayern verliert in Dortmund
      Foto: dpa / Bernd Thissen

      Die Gastgeber gingen schon nach zehn Minuten in Führung und bauten den Vorsprung bis zur Pause aus.

      Lesen Sie auch: Wer wird neuer Sportdirektor?

      Fans sind enttäuscht

      Nach dem Abpfiff pfiffen viele Anhänger die eigene Mannschaft aus.

      Für Sie ausgewählt
      """;

  @Test
  void splitsSectionGluedToTitle() {
    EnrichedArticle a = plain(GERMAN);
    assertThat(a.section()).isEqualTo("Sport");
    assertThat(a.headline()).isEqualTo("Bayern verliert in Dortmund");
  }

  @Test
  void takesFirstParagraphAsLead() {
    assertThat(plain(GERMAN).lead()).startsWith("Der Tabellenführer hat am Samstagabend");
  }

  @Test
  void dropsRecommendationTrailer() {
    String body = String.join("\n", plain(GERMAN).body().stream().map(Block::text).toList());
    assertThat(body).doesNotContain("Lesen Sie auch", "Sportdirektor", "Für Sie ausgewählt", "Bernd Thissen");
    assertThat(body).contains("Nach dem Abpfiff pfiffen viele Anhänger");
  }

  @Test
  void readsShortLineBeforeParagraphAsSubheading() {
    assertThat(plain(GERMAN).body()).contains(new Block(BlockType.SUBHEADING, "Fans sind enttäuscht"));
  }

  @Test
  void readsSectionOnItsOwnLine() {
    EnrichedArticle a = plain("""
        BUSINESS
        Shares fall as oil prices climb

        LONDON (Reuters) — European shares fell on Tuesday as oil prices rose to a six-month high, weighing on airlines.

        Read more:
        Why oil prices are rising again

        Airlines were the worst performers, with several carriers losing more than four percent.
        """);
    assertThat(a.section()).isEqualTo("BUSINESS");
    assertThat(a.headline()).isEqualTo("Shares fall as oil prices climb");
    assertThat(a.lead()).startsWith("LONDON (Reuters) — European shares");
    assertThat(a.body()).extracting(Block::text).noneMatch(t -> t.contains("Why oil prices") || t.contains("Read more"));
  }

  @Test
  void dropsAdvertisingAndShareLines() {
    EnrichedArticle a = plain("""
        Polityka

        Rząd przyjął projekt budżetu na przyszły rok

        Rada Ministrów przyjęła we wtorek projekt budżetu. Deficyt ma wynieść ponad 280 miliardów złotych.

        Reklama

        Projekt trafi teraz do Sejmu, gdzie posłowie zajmą się nim jeszcze w tym miesiącu.

        Zobacz także
        Udostępnij
        """);
    assertThat(a.section()).isEqualTo("Polityka");
    assertThat(a.body()).extracting(Block::text).containsExactly("Projekt trafi teraz do Sejmu, gdzie posłowie zajmą się nim jeszcze w tym miesiącu.");
  }

  @Test
  void readsHtmlArticleWithoutPageChrome() {
    EnrichedArticle a = ENRICHER.enrich("""
        <html><body><div class="cookie-consent">Nous utilisons des cookies</div>
        <nav><a href="/">Accueil</a></nav>
        <article><span class="kicker">Économie</span><h1>La BCE maintient ses taux</h1>
        <p class="chapo">La Banque centrale européenne a laissé ses taux inchangés jeudi, malgré le ralentissement.</p>
        <figure><img src="x.jpg"><figcaption>Le siège de la BCE à Francfort. Crédit photo : AFP / Kirill Kudryavtsev</figcaption></figure>
        <p>La présidente Christine Lagarde a justifié cette décision par une inflation encore trop élevée.</p>
        <h2>Les marchés déçus</h2><p>Les bourses européennes ont reculé après l'annonce.</p>
        <aside><h3>Lire aussi</h3><a href="/a">Le dollar recule</a></aside></article>
        <footer>Mentions légales</footer></body></html>""", "text/html");
    assertThat(a.section()).isEqualTo("Économie");
    assertThat(a.headline()).isEqualTo("La BCE maintient ses taux");
    assertThat(a.lead()).startsWith("La Banque centrale européenne");
    assertThat(a.body()).contains(new Block(BlockType.SUBHEADING, "Les marchés déçus"));
    assertThat(a.text()).doesNotContain("cookies", "Accueil", "Lire aussi", "Mentions légales", "Kudryavtsev");
    assertThat(a.images()).singleElement().satisfies(c -> {
      assertThat(c.provider()).isEqualTo("AFP");
      assertThat(c.creator()).isEqualTo("Kirill Kudryavtsev");
      assertThat(c.caption()).isEqualTo("Le siège de la BCE à Francfort.");
    });
  }

  @Test
  void rejectsEmptyArticle() {
    assertThatThrownBy(() -> plain("  \n\n ")).isInstanceOf(UnreadableArticleException.class);
  }
}
