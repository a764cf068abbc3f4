package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.NameTitlesTest.withModelSpan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Village clubs named by their club abbreviation, which no list holds, on the rules and the document level. */
class GermanClubNamesTest {

  private static List<String> organisations(String text, String language) {
    return Readings.byRules(text, language, EntityType.ORGANISATION);
  }

  @Test
  void abbreviationYearAndTownAreOneClub() {
    assertThat(organisations("Am Sonntag: SV 06 Bad Nauheim - TuS Rockenberg, SG Nieder-Weisel - SV Germania Ockstadt.", "de"))
        .contains("SV 06 Bad Nauheim", "TuS Rockenberg", "SG Nieder-Weisel", "SV Germania Ockstadt");
  }

  @Test
  void inBracketsWithTheYearAfterOrTheTownsAdjectiveBefore() {
    assertThat(organisations("Michael Gesser (TV Kesselstadt) und Karl Keßler (TSV 1860 Hanau) pfiffen.", "de"))
        .contains("TV Kesselstadt", "TSV 1860 Hanau");
    assertThat(organisations("Das Tor der SG Wattenscheid 09 fiel spät, SV Reichelsheim 10:2 gewann.", "de"))
        .contains("SG Wattenscheid 09", "SV Reichelsheim");
    assertThat(organisations("Ein Fan des Karlsruher SC sah, wie der VfB verlor.", "de")).contains("Karlsruher SC", "VfB");
  }

  @Test
  void determinersAndTelevisionAreNoClub() {
    assertThat(organisations("Dieser SC war pleite. Das lief im TV und der TV lief.", "de")).isEmpty();
  }

  @Test
  void theModelsPlaceBecomesTheClub() {
    assertThat(withModelSpan("Der VfR Ilbenstadt gewann das Derby.", "de", EntityType.PLACE, "VfR Ilbenstadt"))
        .contains("ORGANISATION:VfR Ilbenstadt")
        .doesNotContain("PLACE:VfR Ilbenstadt");
  }

  @Test
  void notInsideWordsNotInOtherCasingsNotInOtherLanguages() {
    assertThat(organisations("Der TV-Sender zeigte das Spiel, sv Reichelsheim stand in der Zeitung.", "de")).isEmpty();
    assertThat(organisations("Sie spielt im SV.", "de")).isEmpty();
    assertThat(organisations("He watched TV Monday with SV Reichelsheim fans.", "en")).doesNotContain("SV Reichelsheim");
  }

  @Test
  void aLongRunOfCapitalsIsNoClubName() {
    assertThat(organisations("Beim SG Alpha Beta Gamma Delta spielt er.", "de")).isEmpty();
  }
}
