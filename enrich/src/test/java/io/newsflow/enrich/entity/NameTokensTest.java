package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokensTest {
  @Test
  void splitsWordsAndPunctuationWithOffsetsIntoTheText() {
    String text = "Baden-Württemberg, sagte Kretschmann.";
    List<NameToken> tokens = NameTokens.split(text);
    assertThat(tokens).extracting(NameToken::form)
        .containsExactly("Baden", "-", "Württemberg", ",", "sagte", "Kretschmann", ".");
    for (NameToken t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.form());
    }
  }

  @Test
  void readsTheDamagedUmlautAsOneWordWhoseOffsetsStayOnThePrintedText() {
    String text = "Die Gr\u0081Een in M\u0081Echen";
    List<NameToken> tokens = NameTokens.split(text);
    assertThat(tokens).extracting(NameToken::form).containsExactly("Die", "Grüen", "in", "Müchen");
    assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("Gr\u0081Een");
  }

  @Test
  void leavesTextWithoutTheDamageAsPrinted() {
    assertThat(NameTokens.split("Grünen-Chefin")).extracting(NameToken::form).containsExactly("Grünen", "-", "Chefin");
  }
}
