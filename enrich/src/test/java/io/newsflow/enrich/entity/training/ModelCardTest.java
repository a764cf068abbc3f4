package io.newsflow.enrich.entity.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The licence lines a model card carries for each training set. */
class ModelCardTest {
  @Test
  void namesTheLicenceOfEveryShippedSetAndTheDecisionsTaken() {
    assertThat(ModelCard.licence("pl-nkjp-train")).startsWith("CC BY 4.0 (NKJP Consortium");
    assertThat(ModelCard.decision("pl-nkjp-train")).contains("GPL-3.0").contains("CC BY 4.0");
    assertThat(ModelCard.licence("en-uner-ewt-train-prerelease-2022-12")).startsWith("CC BY-SA 4.0");
    assertThat(ModelCard.decision("en-uner-ewt-train-prerelease-2022-12")).contains("CC BY-SA 4.0");
  }

  @Test
  void aSetWithoutAKnownLicenceIsFlaggedAndNeedsNoDecision() {
    assertThat(ModelCard.licence("xx-newsroom-own")).startsWith("unknown");
    assertThat(ModelCard.decision("de-germeval2014-dev")).isNull();
  }
}
