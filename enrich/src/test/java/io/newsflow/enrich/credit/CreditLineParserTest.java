package io.newsflow.enrich.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditLineParserTest {
  private static final CreditLineParser PARSER = new CreditLineParser();

  private static Credit line(String text) {
    return PARSER.parseLine(text, true).orElseThrow();
  }

  @Test
  void splitsAgencyFirstCreditLine() {
    Credit c = line("Foto: dpa / Michael Kappeler");
    assertThat(c.provider()).isEqualTo("dpa");
    assertThat(c.creator()).isEqualTo("Michael Kappeler");
    assertThat(c.creditLine()).isEqualTo("Foto: dpa / Michael Kappeler");
  }

  @Test
  void splitsCreatorFirstCreditLine() {
    Credit c = line("Foto: Marcus Brandt/dpa");
    assertThat(c.provider()).isEqualTo("dpa");
    assertThat(c.creator()).isEqualTo("Marcus Brandt");
  }

  @Test
  void keepsHolderBeforeBarAsPrinted() {
    Credit c = line("Bild: picture alliance / Reuters | Lisi Niesner");
    assertThat(c.provider()).isEqualTo("picture alliance / Reuters");
    assertThat(c.creator()).isEqualTo("Lisi Niesner");
  }

  @Test
  void readsApPhotoConvention() {
    Credit c = line("Photo: AP Photo/Evan Vucci");
    assertThat(c.provider()).isEqualTo("AP");
    assertThat(c.creator()).isEqualTo("Evan Vucci");
  }

  @Test
  void leavesCreatorEmptyWhenOnlyAgencyIsNamed() {
    Credit c = line("Credit: Reuters");
    assertThat(c.provider()).isEqualTo("Reuters");
    assertThat(c.creator()).isNull();
  }

  @Test
  void readsPolishCreditLine() {
    Credit c = line("Źródło zdjęć: © East News | Adam Chełstowski");
    assertThat(c.provider()).isEqualTo("East News");
    assertThat(c.creator()).isEqualTo("Adam Chełstowski");
  }

  @Test
  void readsFrenchCreditLine() {
    Credit c = line("Crédit photo : AFP / Ludovic Marin");
    assertThat(c.provider()).isEqualTo("AFP");
    assertThat(c.creator()).isEqualTo("Ludovic Marin");
  }

  @Test
  void readsCreditAtEndOfCaption() {
    Credit c = PARSER.parseCaption("Containerschiffe im Hafen. Foto: Jonas Walzberg/dpa").orElseThrow();
    assertThat(c.caption()).isEqualTo("Containerschiffe im Hafen.");
    assertThat(c.creator()).isEqualTo("Jonas Walzberg");
  }

  @Test
  void ignoresTextSourceOutsideCaption() {
    assertThat(PARSER.parseLine("Quelle: Statistisches Bundesamt", false)).isEmpty();
  }
}
