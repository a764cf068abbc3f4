package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowedFeatures} exists for speed only: for every token it must give exactly the feature strings, in exactly
 * the order, that OpenNLP's generators built from the same descriptor give, through whole documents (the adaptive
 * previous-map features carry over from sentence to sentence).
 */
class WindowedFeaturesTest {
  private static final int SENTENCES = 1500;

  @Test
  void givesOpenNlpsFeaturesForEveryTokenOfTheDevSets() throws IOException {
    assumeTrue(Files.isDirectory(DevSets.DEV), "../shared/ner/dev is absent (it sits beside the checkout in CI)");
    int compared = 0;
    for (String language : EntityModel.SHIPPED) {
      TokenNameFinderModel model = DevSets.shipped(language);
      Path file = DevSets.devFile(language);
      if (model == null || file == null) {
        continue;
      }
      NameContextGenerator openNlp = model.getFactory().createContextGenerator();
      NameContextGenerator ours = WindowedFeatures.of(model);
      int tokens = 0;
      for (String[] sentence : DevSets.documents(file, SENTENCES).stream().flatMap(List::stream).toList()) {
        String[] outcomes = outcomes(sentence);
        for (int i = 0; i < sentence.length; i++) {
          String[] expected = openNlp.getContext(i, sentence, outcomes, null);
          String[] actual = ours.getContext(i, sentence, outcomes, null);
          assertThat(actual).as(language + " token " + i + " of " + String.join(" ", sentence)).containsExactly(expected);
          compared++;
          tokens++;
        }
        openNlp.updateAdaptiveData(sentence, outcomes);
        ours.updateAdaptiveData(sentence, outcomes);
      }
      assertThat(tokens).as(language + " dev set read").isPositive();
    }
    assertThat(compared).isPositive();
  }

  @Test
  void memoisesPureGeneratorsInsideWindowsOnly() {
    String descriptor = """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">2</int>
            <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">1</int>
            <int name="nextLength">1</int>
            <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
        </featureGenerators>
        """;
    String rewritten = new String(WindowedFeatures.memoised(descriptor.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    String memo = WindowedFeatures.Memo.Factory.class.getName();
    assertThat(rewritten.split(java.util.regex.Pattern.quote(memo), -1)).hasSize(2);
    assertThat(rewritten).containsSubsequence("WindowFeatureGeneratorFactory", memo, "TokenClassFeatureGeneratorFactory",
        "WindowFeatureGeneratorFactory", "PreviousMapFeatureGeneratorFactory", "TokenFeatureGeneratorFactory");
  }

  @Test
  void leavesADescriptorWithoutPureWindowsToOpenNlp() {
    String descriptor = """
        <featureGenerators name="nameFinder">
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
        </featureGenerators>
        """;
    assertThat(WindowedFeatures.memoised(descriptor.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  /** Some outcomes for the adaptive data: capitalised tokens as people, so the previous-map features fire. */
  private static String[] outcomes(String[] sentence) {
    String[] outcomes = new String[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      boolean capital = !sentence[i].isEmpty() && Character.isUpperCase(sentence[i].charAt(0));
      outcomes[i] = capital ? (i > 0 && outcomes[i - 1].startsWith("person") ? "person-cont" : "person-start") : "other";
    }
    return outcomes;
  }
}
