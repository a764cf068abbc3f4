package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleOpinionTest {
  @Test
  void marksTheTokensOfEachListedNameWithItsTypeAndBeginning() {
    String text = "Gestern in Frankfurt am Main sagte er.";
    List<NameToken> tokens = NameTokens.split(text);
    Entity place = new Entity(EntityType.PLACE, "Frankfurt am Main", List.of(new Mention("Frankfurt am Main", 11, 28)));
    String[][] context = RuleOpinion.of(tokens, 0, tokens.size(), List.of(place));
    assertThat(context[0]).isEmpty();
    assertThat(context[2]).containsExactly("rule=PLACE", "rule=PLACE-B");
    assertThat(context[3]).containsExactly("rule=PLACE");
    assertThat(context[4]).containsExactly("rule=PLACE");
    assertThat(context[5]).isEmpty();
  }

  @Test
  void givesNoFeaturesWhenTheRulesFoundNothing() {
    List<NameToken> tokens = NameTokens.split("Es regnet.");
    for (String[] features : RuleOpinion.of(tokens, 0, tokens.size(), List.of())) {
      assertThat(features).isEmpty();
    }
  }
}
