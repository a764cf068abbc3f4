package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quoted name after a descriptor noun, read by the rule layers alone. */
class QuotedOrganisationsTest {
  private static final EntityRecognizer RULES = new EntityRecognizer();

  private static List<String> organisations(String text, String language) {
    return RULES.byRules(ArticleText.of(text, null, List.of()), language).entities().stream()
        .filter(e -> e.type() == EntityType.ORGANISATION)
        .map(Entity::name)
        .toList();
  }

  @Test
  void aQuotedNameAfterADescriptorIsTheOrganisationWhateverItsCase() {
    assertThat(organisations("Wie berichtet, hatte die Hilfsorganisation „aktion weitblick“ Spenden gesammelt.", "de"))
        .contains("aktion weitblick");
    assertThat(organisations("Der Karnevals-Club \"Rot-Gold\" feiert sein Sommerfest.", "de")).contains("Rot-Gold");
    assertThat(organisations("The charity \"Bright Futures Trust\" said on Monday it would help.", "en"))
        .contains("Bright Futures Trust");
  }

  @Test
  void aQuoteWithoutADescriptorOrLongerThanANameIsNone() {
    assertThat(organisations("Er rief „Rot-Gold“ und ging.", "de")).isEmpty();
    assertThat(organisations("Die Partei „will die Steuern senken und die Renten erhöhen“, sagte er.", "de")).isEmpty();
  }
}
