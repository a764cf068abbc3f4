package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The place of a dateline, on the document level with no model spans. */
class DatelinesTest {
  private static final EntityRecognizer RULES = new EntityRecognizer();
  private static final Set<String> AGENCIES = Set.of("ap", "dpa", "afp", "reuters");

  private static List<String> entities(String text, String language) {
    Recognition rules = RULES.byRules(ArticleText.of(text, null, List.of()), language);
    return DocumentNames.resolve(rules, List.of(), AGENCIES, new PersonCues(), new OrganisationCues()).stream()
        .map(e -> e.type() + ":" + e.name() + "=" + e.mentions().get(0).text())
        .toList();
  }

  @Test
  void anUnlistedPlaceInCapitalsBeforeTheDateIsAPlace() {
    assertThat(entities("Bombe auf dem Markt\n\nZAMBOANGA, 23. August (AP). Bei einer Explosion starben drei Menschen.", "de"))
        .contains("PLACE:Zamboanga=ZAMBOANGA");
  }

  @Test
  void aDatelineAloneOnItsLineIsAPlace() {
    assertThat(entities("Fest im Stadtteil\n\nBAD VILBEL.\n\nDer Verein lädt am Samstag zum Sommerfest ein.", "de"))
        .contains("PLACE:Bad Vilbel=BAD VILBEL");
  }

  @Test
  void englishWireDatelinesWithRegionOrIsoDate() {
    assertThat(entities("Talks resume\n\nZAMBOANGA, Philippines (AP) - Troops moved in on Friday.", "en"))
        .anyMatch(e -> e.startsWith("PLACE:Zamboanga="));
    assertThat(entities("Talks resume\n\nMAASTRICHT 1996-08-22\n\nTroops moved in on Friday.", "en"))
        .anyMatch(e -> e.startsWith("PLACE:Maastricht="));
  }

  @Test
  void capitalsThatOpenASentenceOrNameAnOrganisationAreNoDateline() {
    assertThat(entities("Neue Regeln\n\nNATO, EU und UN berieten am Montag.\n\nABC (American Broadcasting Company) berichtete.", "de"))
        .noneMatch(e -> e.startsWith("PLACE:"));
  }

  @Test
  void theHeadlineHoldsNoDateline() {
    assertThat(entities("WAHLEN.\n\nDie Bürger stimmen am Sonntag ab.", "de")).noneMatch(e -> e.startsWith("PLACE:Wahlen"));
  }
}
