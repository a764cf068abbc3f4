package io.newsflow.enrich.entity;

import static io.newsflow.enrich.ArticleAssertions.mentions;
import static io.newsflow.enrich.ArticleAssertions.named;
import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedArticle;
import io.newsflow.enrich.quote.Quote;
import org.junit.jupiter.api.Test;

/** Name patterns that a held-out article set (not in the dev corpus) showed missing. */
class HeldOutNamePatternsTest {

  @Test
  void readsKoreanFamilyNameFirstWithHyphenatedGivenName() {
    EnrichedArticle a = plain("""
        Hanwha wins Polish howitzer order

        Hanwha Aerospace signed a contract with Poland on Friday, vice chairman Kim Dong-kwan said in Warsaw. Hyundai Motor's chairman Chung Eui-sun attended the ceremony.
        """);
    assertThat(named(a, "Kim Dong-kwan").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(a, "Chung Eui-sun").type()).isEqualTo(EntityType.PERSON);
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("Kim Jong Un");
  }

  @Test
  void keepsCapitalisedWordsBeforeEnglishInstitutionHead() {
    EnrichedArticle a = plain("""
        Nigeria holds rates

        LAGOS (Reuters) — The Central Bank of Nigeria left its key rate unchanged on Tuesday. Former Bank of England official Andrew Bailey was not involved.
        """);
    assertThat(a.entities()).extracting(Entity::name).contains("Central Bank of Nigeria", "Bank of England");
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("Bank of Nigeria", "Former Bank of England");
  }

  @Test
  void readsSpeakerNamedAfterInvertedSpeechVerb() {
    EnrichedArticle a = plain("""
        Copper prices climb

        Copper rose for a third day on Wednesday as stocks in Shanghai warehouses fell.

        "Demand from grid operators is holding up well," said Priya Raman, a metals analyst in Singapore.
        """);
    assertThat(named(a, "Priya Raman").type()).isEqualTo(EntityType.PERSON);
    assertThat(a.quotes()).extracting(Quote::speaker).containsExactly("Priya Raman");
  }

  @Test
  void readsPolishPluralTownNamesAndIrregularLodz() {
    EnrichedArticle a = plain("""
        Nowe pociągi na Śląsku

        Pierwsze składy wyjadą z Katowic już w marcu. W Katowicach powstanie też nowa zajezdnia, a część taboru trafi do Łodzi.
        """);
    assertThat(mentions(named(a, "Katowice"))).contains("Katowic", "Katowicach");
    assertThat(mentions(named(a, "Łódź"))).contains("Łodzi");
  }

  @Test
  void knowsGermanBroadcastersHealthInsurersAndMergesCompanyShortForms() {
    EnrichedArticle a = plain("""
        Kassen warnen vor höheren Beiträgen

        Die Barmer und die Techniker Krankenkasse rechnen mit steigenden Zusatzbeiträgen, sagte ein Sprecher dem Norddeutschen Rundfunk. Auch Samsung Electronics und Vodafone kündigten Sparprogramme an; Samsung will 2.000 Stellen streichen.
        """);
    assertThat(a.entities()).extracting(Entity::name).contains("Barmer", "Techniker Krankenkasse", "Norddeutscher Rundfunk", "Vodafone");
    assertThat(mentions(named(a, "Samsung Electronics"))).contains("Samsung Electronics", "Samsung");
  }
}
