package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * {@link PerceptronDecoder} exists for speed only: it must find exactly what OpenNLP's {@link NameFinderME} finds
 * with the same model, sentence by sentence through whole documents (the adaptive features carry over), with and
 * without additional context.
 */
class PerceptronDecoderTest {
  private static final int SENTENCES = 2500;

  @Test
  void findsWhatOpenNlpFindsOnAShortDocument() throws IOException {
    TokenNameFinderModel model = DevSets.shipped("en");
    assumeTrue(model != null, "no shipped English model");
    List<List<String[]>> document = List.of(List.of(
        "Apple was fined by the European Commission in Brussels on Monday .".split(" "),
        "Tim Cook said Apple would appeal to the General Court in Luxembourg .".split(" "),
        "Cook".split(" "), new String[0]));
    assertThat(differences(model, document, false)).isZero();
    assertThat(differences(model, document, true)).isZero();
  }

  @Test
  void findsWhatOpenNlpFindsOnTheDevSets() throws IOException {
    assumeTrue(Files.isDirectory(DevSets.DEV), "../shared/ner/dev is absent (it sits beside the checkout in CI)");
    int compared = 0;
    for (DevSets.ShippedSet set : DevSets.shippedSets(SENTENCES)) {
      assertThat(PerceptronDecoder.supports(set.model())).isTrue();
      assertThat(differences(set.model(), set.documents(), false)).as(set.language()).isZero();
      assertThat(differences(set.model(), set.documents(), true)).as(set.language() + " with rule context").isZero();
      compared++;
    }
    assertThat(compared).isPositive();
  }

  private static int differences(TokenNameFinderModel model, List<List<String[]>> documents, boolean ruleContext) {
    NameFinderME openNlp = new NameFinderME(model);
    PerceptronDecoder ours = new PerceptronDecoder(model);
    int differing = 0;
    int found = 0;
    for (List<String[]> document : documents) {
      openNlp.clearAdaptiveData();
      ours.clearAdaptiveData();
      for (String[] sentence : document) {
        String[][] context = ruleContext ? DevSets.ruleOpinions(sentence) : null;
        Span[] expected = openNlp.find(sentence, context);
        Span[] actual = ours.find(sentence, context);
        found += expected.length;
        if (!Arrays.equals(expected, actual)) {
          differing++;
        }
      }
    }
    assertThat(found).as("names found, so the comparison means something").isPositive();
    return differing;
  }
}
