package io.newsflow.enrich;

import static io.newsflow.enrich.TestArticles.ENRICHER;
import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.quote.Quote;
import io.newsflow.enrich.structure.Block;
import org.junit.jupiter.api.Test;

/**
 * Page furniture and credit formats that the fifth held-out set (consent text in plain scrapes,
 * timestamp lines, "(Foto: …)" at a caption's end, comment and section trailers, English single
 * quote marks, HTML header dates) showed leaking. Texts are new, not that set's.
 */
class HeldOutWidgetsTest {
  private static String bodyText(EnrichedArticle a) {
    return String.join("\n", a.body().stream().map(Block::text).toList());
  }

  @Test
  void dropsConsentNoticeWithItsButtonsAtTheTopOfAPlainScrape() {
    EnrichedArticle a = plain("""
        Wir verwenden Cookies, um unser Angebot zu verbessern. Mit „Akzeptieren“ stimmen Sie zu.
        Akzeptieren
        Ablehnen

        Regionales

        Stadtwerke Kiel erhöhen die Gaspreise

        Die Stadtwerke Kiel verlangen vom ersten März an mehr Geld für Gas. Betroffen sind rund 80.000 Haushalte.

        Der Versorger begründet die Erhöhung mit gestiegenen Netzentgelten.
        """);
    assertThat(a.section()).isEqualTo("Regionales");
    assertThat(a.headline()).isEqualTo("Stadtwerke Kiel erhöhen die Gaspreise");
    assertThat(a.lead()).startsWith("Die Stadtwerke Kiel verlangen");
    assertThat(bodyText(a)).doesNotContain("Ablehnen").contains("gestiegenen Netzentgelten");
  }

  @Test
  void dropsTimestampAndReadingTimeLinesButKeepsASentenceAfterStand() {
    EnrichedArticle a = plain("""
        Wirtschaft

        Hafen Rostock meldet Rekord

        Lesedauer: 2 Min.

        Der Hafen Rostock hat im Oktober so viel Fracht umgeschlagen wie nie zuvor.

        Stand: 03.02.2027, 09:15 Uhr

        Stand: Die Gespräche mit den Reedereien laufen weiter.
        """);
    assertThat(a.lead()).startsWith("Der Hafen Rostock hat");
    assertThat(bodyText(a)).doesNotContain("03.02.2027").doesNotContain("Lesedauer")
        .contains("Stand: Die Gespräche mit den Reedereien laufen weiter.");
  }

  @Test
  void readsLabelledCreditInParenthesesAtCaptionEnd() {
    EnrichedArticle a = plain("""
        Panorama

        Sturm legt Zugverkehr in Bremen lahm

        Ein Orkan hat am Sonntag den Bahnverkehr rund um Bremen weitgehend zum Erliegen gebracht.

        Umgestürzte Bäume auf den Gleisen bei Bremen-Hemelingen. (Bild: AFP)

        Die Statistik zählt 40 Einsätze (Quelle: Feuerwehr Bremen).

        Am Montag sollen die Züge wieder fahren.
        """);
    assertThat(a.images()).extracting(Credit::provider, Credit::creator).containsExactly(tuple("AFP", null));
    assertThat(bodyText(a)).doesNotContain("Umgestürzte Bäume").contains("Quelle: Feuerwehr Bremen");
  }

  @Test
  void dropsCommentsAndSectionTrailersWithTheirTeasers() {
    EnrichedArticle a = plain("""
        Sport

        Eisbären gewinnen Derby

        Die Eisbären Berlin haben das Derby gegen die Füchse mit 4:2 gewonnen.

        Der Trainer lobte die Abwehr.

        Mehr aus dem Ressort
        Füchse verpflichten neuen Torwart
        Tabelle der DEL

        Kommentare
        Seien Sie der Erste, der kommentiert.
        """);
    assertThat(bodyText(a)).contains("Der Trainer lobte die Abwehr.")
        .doesNotContain("Torwart").doesNotContain("Tabelle").doesNotContain("Kommentare").doesNotContain("Erste");
  }

  @Test
  void dropsPolishSocialAndSponsorLinesAndEnglishSignUpPrompts() {
    EnrichedArticle pl = plain("""
        Kraj

        Gdańsk otwiera nowy most

        Nowy most zwodzony w Gdańsku został otwarty w sobotę dla pieszych i rowerzystów.

        Polub nas na Facebooku

        Materiał sponsorowany

        – Most połączy dwie części miasta – zapewniła prezydent Aleksandra Dulkiewicz.
        """);
    assertThat(bodyText(pl)).doesNotContain("Polub").doesNotContain("sponsorowany");
    assertThat(pl.quotes()).extracting(Quote::speaker).containsExactly("Aleksandra Dulkiewicz");
    EnrichedArticle en = plain("""
        Business

        Rail strike called off in Scotland

        Train drivers in Scotland called off a planned strike on Friday after a new pay offer.

        Sign up to Morning Briefing, our free newsletter

        Drivers will vote on the offer next week.
        """);
    assertThat(bodyText(en)).doesNotContain("Sign up").contains("Drivers will vote");
  }

  @Test
  void readsEnglishSingleQuoteMarksButNotApostrophes() {
    EnrichedArticle a = plain("""
        Business

        Carmakers' union rejects pay offer

        The United Auto Workers union rejected a new pay offer from General Motors on Monday.

        'This offer does not reflect what our members deliver,' union president Shawn Fain told reporters. The workers' vote is due on Friday.
        """);
    assertThat(a.quotes()).extracting(Quote::speaker, Quote::text)
        .containsExactly(tuple("Shawn Fain", "This offer does not reflect what our members deliver"));
  }

  @Test
  void dropsTheDateInAnHtmlArticleHeader() {
    EnrichedArticle a = ENRICHER.enrich("""
        <html><body><article><header><span class="kicker">Bildung</span>
        <h1>Land stellt mehr Lehrer ein</h1><time datetime="2027-01-12">12.01.2027</time></header>
        <section class="teaser"><p>Das Land will im kommenden Schuljahr 2.000 zusätzliche Lehrkräfte einstellen.</p></section>
        <p>Die Gewerkschaft begrüßte den Plan am <time>Dienstag</time> als überfällig.</p>
        </article></body></html>
        """, "text/html");
    assertThat(a.section()).isEqualTo("Bildung");
    assertThat(a.lead()).startsWith("Das Land will");
    assertThat(bodyText(a)).doesNotContain("12.01.2027").contains("am Dienstag als überfällig");
  }

  @Test
  void kantonIsACommonNounInGerman() {
    EnrichedArticle a = plain("""
        Schweiz

        Kanton Bern senkt die Steuern

        Der Kanton Bern senkt im kommenden Jahr die Steuern für Familien.

        Der Regierungsrat rechnet mit Mindereinnahmen von 40 Millionen Franken.
        """);
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("Guangzhou", "Kanton");
  }

  @Test
  void attributesABlockquoteByThePointingSentenceAfterIt() {
    EnrichedArticle a = ENRICHER.enrich("""
        <html><body><article><h1>Schulen bekommen mehr Geld</h1>
        <p class="teaser">Das Land erhöht das Budget für Schulsanierungen deutlich.</p>
        <p>Kultusministerin Theresa Schopper stellte den Plan am Montag in Stuttgart vor.</p>
        <blockquote>„Kein Kind soll mehr in einem maroden Klassenzimmer sitzen.“</blockquote>
        <p>Das sagte Schopper vor Journalisten. Die Opposition hält den Betrag für zu gering.</p>
        <blockquote>„Wir bauen in diesem Jahr vierzig Turnhallen neu.“</blockquote>
        <p>Die Kommunen begrüßen die Pläne.</p>
        </article></body></html>
        """, "text/html");
    assertThat(a.quotes()).extracting(Quote::speaker, Quote::text).containsExactly(
        tuple("Theresa Schopper", "Kein Kind soll mehr in einem maroden Klassenzimmer sitzen."),
        tuple(null, "Wir bauen in diesem Jahr vierzig Turnhallen neu."));
  }
}
