package io.newsflow.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTest {
  @Test
  void wordWithTheDamagedUmlautStaysOneWord() {
    List<Token> tokens = Token.split("die Gr\u0081Een in M\u0081Echen");
    assertThat(tokens).extracting(Token::text).containsExactly("die", "Gr\u0081Een", "in", "M\u0081Echen");
    assertThat(tokens.get(3).isCapitalised()).isTrue();
    assertThat(Token.split("\u0081Eer").get(0).isWord()).isTrue();
  }

  @Test
  void otherControlCharactersAndPunctuationStillSplit() {
    assertThat(Token.split("Nord\u0085Süd, A-B")).extracting(Token::text)
        .containsExactly("Nord", "\u0085", "Süd", ",", "A", "-", "B");
  }
}
