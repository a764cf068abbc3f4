package io.newsflow.enrich;

import static io.newsflow.enrich.ArticleAssertions.named;
import static io.newsflow.enrich.TestArticles.ENRICHER;
import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.Mention;
import io.newsflow.enrich.quote.Quote;
import io.newsflow.enrich.structure.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outlet formats and names that the fourth held-out set (breadcrumb portals, wire captions, bylines,
 * »…« quotes, Austrian/Swiss/Indian/Brazilian topics) showed missing. Texts are new, not that set's.
 */
class HeldOutFormatsTest {
  private static String bodyText(EnrichedArticle a) {
    return String.join("\n", a.body().stream().map(Block::text).toList());
  }

  private static List<String> names(EnrichedArticle a) {
    return a.entities().stream().map(Entity::name).toList();
  }

  @Test
  void survivesTwoQuotesInOneSentence() {
    // The first quote's attribution clause runs past the second quote's start.
    EnrichedArticle a = plain("""
        Markets

        Chile's central bank holds rate

        SANTIAGO, Chile (AP) — Chile's central bank left its key rate unchanged on Tuesday.

        The board said in a statement that risks remained "elevated" and that it would act "with caution."

        Economist Maria Lopez said the decision was expected.
        """);
    assertThat(a.headline()).isEqualTo("Chile's central bank holds rate");
  }

  @Test
  void readsWireCreditInParenthesesAtCaptionEnd() {
    EnrichedArticle a = plain("""
        World

        Floods hit northern Italy

        ROME (AP) — Heavy rain flooded towns across northern Italy on Sunday, forcing hundreds of people from their homes.

        Firefighters rescue a resident in Faenza, Italy, Sunday, Oct. 5, 2025. (AP Photo/Luca Bruno, File)

        Civil protection officials said more rain was expected on Monday.
        """);
    assertThat(a.images()).extracting(Credit::provider, Credit::creator).containsExactly(tuple("AP", "Luca Bruno"));
    assertThat(bodyText(a)).doesNotContain("AP Photo").doesNotContain("Firefighters rescue");
  }

  @Test
  void readsPolishFotCreditWithoutColonAndImageCreditLabel() {
    EnrichedArticle a = plain("""
        Sport

        Kolarze ruszyli z Krakowa

        Wyścig rozpoczął się w sobotę na Rynku Głównym.

        Start wyścigu na Rynku Głównym
        Fot. PAP/Anna Kowalczyk

        Na trasie kibicowały tysiące osób.
        """);
    assertThat(a.images()).extracting(Credit::provider, Credit::creator).containsExactly(tuple("PAP", "Anna Kowalczyk"));
    EnrichedArticle en = plain("""
        TECH

        Sony cuts price of its headphones

        Sony lowered the price of its flagship headphones in Europe on Monday.

        Image credit: Sony

        The cut follows weaker sales over the summer.
        """);
    assertThat(en.images()).extracting(Credit::provider).containsExactly("Sony");
    assertThat(bodyText(en)).doesNotContain("Image credit");
  }

  @Test
  void dropsBylinesAndWireContributorLines() {
    EnrichedArticle a = plain("""
        World

        Heat wave grips Greece

        By NIKOS PAPADOPOULOS and ELENA SMITH Associated Press

        ATHENS, Greece (AP) — Temperatures climbed above 43 degrees Celsius in Athens on Thursday.

        Authorities closed the Acropolis in the afternoon.

        ___

        Associated Press writer Derek Gatopoulos in Thessaloniki contributed to this report.
        """);
    assertThat(a.lead()).startsWith("ATHENS, Greece (AP)");
    assertThat(bodyText(a)).doesNotContain("NIKOS").doesNotContain("contributed").doesNotContain("___");
    assertThat(names(a)).doesNotContain("Thessaloniki", "Derek Gatopoulos");
    EnrichedArticle de = ENRICHER.enrich("""
        <html><body><article><h1>Stadtrat beschließt neuen Radweg</h1>
        <p class="author">Von Jonas Becker</p>
        <p class="intro">Der Stadtrat hat am Dienstag einen neuen Radweg beschlossen.</p>
        <p>Die Arbeiten sollen im Frühjahr beginnen.</p>
        <p>Von Montag an ist die Straße gesperrt.</p></article></body></html>
        """, "text/html");
    assertThat(bodyText(de) + de.lead()).doesNotContain("Jonas Becker").contains("Von Montag an ist die Straße gesperrt.");
  }

  @Test
  void readsGuillemetAndLowSingleQuoteMarks() {
    EnrichedArticle a = plain("""
        Nachrichten

        Zürcher Stadtrat will mehr Tempo 30

        Der Zürcher Stadtrat will auf weiteren Strassen Tempo 30 einführen.

        »Die Strassen gehören allen«, sagte Stadträtin Simone Brander am Montag.

        ‚Das ist reine Schikane‘, entgegnete Gewerbeverbandspräsident Thomas Hess.
        """);
    assertThat(a.quotes()).extracting(Quote::speaker, Quote::text)
        .contains(tuple("Simone Brander", "Die Strassen gehören allen"), tuple("Thomas Hess", "Das ist reine Schikane"));
  }

  @Test
  void readsDescriptorInGermanGenitiveAndHyphenatedTownAfterPreposition() {
    EnrichedArticle a = plain("""
        Wirtschaft

        Kunden des Mobilfunkanbieters Freenet klagen über Störungen

        Der Konzern mit Sitz in Büdelsdorf prüft die Ursache, ein Techniker aus Castrop-Rauxel wurde hinzugezogen.
        """);
    assertThat(named(a, "Freenet").type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(named(a, "Castrop-Rauxel").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void findsAcronymPartyWrittenAsWord() {
    EnrichedArticle a = plain("""
        Politik

        Neos fordern Reform der Pensionen

        Die Neos haben im Nationalrat in Wien einen Antrag zur Pensionsreform eingebracht.
        """);
    assertThat(named(a, "NEOS").mentions()).extracting(Mention::text).contains("Neos");
    assertThat(named(a, "Nationalrat").type()).isEqualTo(EntityType.ORGANISATION);
  }

  @Test
  void knowsIndianStatesAndGivenNames() {
    EnrichedArticle a = plain("""
        TECH

        Chipmaker picks Gujarat for new plant

        A chip packaging plant will be built in Gujarat, the state's officials said, after talks that also involved Karnataka and Maharashtra.

        Industrialist Mukesh Ambani and coach Nikola Jokić attended the ceremony.
        """);
    assertThat(names(a)).contains("Gujarat", "Karnataka", "Maharashtra", "Mukesh Ambani", "Nikola Jokić");
  }
}
