package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.NameTitlesTest.withModelSpan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Polish common noun that opens a sentence is no person, whatever the model read. */
class PolishCommonWordsTest {
  @Test
  void aCommonNounAtTheStartOfASentenceIsNoPerson() {
    assertThat(withModelSpan("Zegarek na ręku pokazywał północ.", "pl", EntityType.PERSON, "Zegarek"))
        .noneMatch(e -> e.startsWith("PERSON:"));
    assertThat(withModelSpan("Było ciemno. Parasol stał w kącie.", "pl", EntityType.PERSON, "Parasol"))
        .noneMatch(e -> e.startsWith("PERSON:"));
  }

  @Test
  void surnamesAndCapitalsInsideASentenceStay() {
    assertThat(withModelSpan("Kowalski pokazywał zegarek.", "pl", EntityType.PERSON, "Kowalski"))
        .contains("PERSON:Kowalski");
    assertThat(withModelSpan("Wczoraj przemawiał Parasol w sejmie.", "pl", EntityType.PERSON, "Parasol"))
        .contains("PERSON:Parasol");
  }

  @Test
  void theDictionaryDecides() {
    assertThat(PolishNames.isCommonWordOnly("Zegarek")).isTrue();
    assertThat(PolishNames.isCommonWordOnly("Kowalski")).isFalse();
    assertThat(PolishNames.isCommonWordOnly("Xqzwy")).isFalse();
  }
}
