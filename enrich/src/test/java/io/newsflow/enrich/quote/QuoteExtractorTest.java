package io.newsflow.enrich.quote;

import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedArticle;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.Mention;
import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  @Test
  void attributesMarkedQuoteToNamedSpeaker() {
    EnrichedArticle a = plain("""
        Streit um Rente

        Die Koalition ringt um das Rentenpaket. Arbeitsministerin Bärbel Bas verteidigte die Pläne am Mittwoch.

        „Wir lassen die Jüngeren nicht im Stich“, sagte Bas in Berlin.
        """);
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(q.text()).contains("Wir lassen die Jüngeren nicht im Stich");
      assertThat(q.speaker()).isEqualTo("Bärbel Bas");
    });
  }

  @Test
  void attributesUnmarkedSpeechToNamedSpeaker() {
    EnrichedArticle a = plain("""
        Opozycja zapowiada wniosek

        Lider opozycji Mateusz Morawiecki skrytykował rząd. – To jest kompromitacja państwa – powiedział Morawiecki. Posłowie mają głosować w piątek.
        """);
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(q.text()).startsWith("To jest kompromitacja państwa");
      assertThat(q.speaker()).isEqualTo("Mateusz Morawiecki");
    });
  }

  @Test
  void followsPronounToLastSpeaker() {
    EnrichedArticle a = plain("""
        Interview mit dem Minister

        Verteidigungsminister Boris Pistorius sprach am Abend über die Bundeswehr. Er sei zufrieden mit den Fortschritten.

        Auf die Frage, ob Olaf Scholz das anders sehe, antwortete er: „Wir sind uns in der Sache völlig einig.“
        """);
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(q.text()).contains("Wir sind uns in der Sache völlig einig");
      assertThat(q.speaker()).isEqualTo("Boris Pistorius");
    });
  }

  @Test
  void attributesEnglishQuoteWithNameBeforeVerb() {
    EnrichedArticle a = plain("""
        Bank holds rates

        The central bank left rates unchanged on Thursday, citing stubborn inflation.

        "We are not there yet," Governor Andrew Bailey told reporters.
        """);
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(q.text()).isEqualTo("We are not there yet");
      assertThat(q.speaker()).isEqualTo("Andrew Bailey");
    });
  }

  @Test
  void givesNoSpeakerWhenTheAttributionNamesSomeoneWhoIsNoRecognisedPerson() {
    ArticleText text = ArticleText.of("Streit um Rente",
        "Die Koalition ringt um das Rentenpaket.",
        List.of("„Wir halten Wort“, sagte Bärbel Bas. „Das ist nicht gerecht gegenüber den Jüngeren“, sagte Xaverius Quendt."));
    int start = text.text().indexOf("Bärbel Bas");
    Entity bas = new Entity(EntityType.PERSON, "Bärbel Bas", List.of(new Mention("Bärbel Bas", start, start + 10)));
    List<Quote> quotes = new QuoteExtractor().extract(text, List.of(bas), "de");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).speaker()).isEqualTo("Bärbel Bas");
    assertThat(quotes.get(1).text()).startsWith("Das ist nicht gerecht");
    assertThat(quotes.get(1).speaker()).as("the quote is Quendt's, whom no list knows: no speaker, not Bas").isNull();
  }
}
