package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link ContextRecords} exists for speed only: for every token it must give exactly the records, in exactly the
 * order, of the features OpenNLP's context generator (with NameFinderME's window over the additional context) gives
 * that token, leaving out only those the model lacks, so that the sums are the same doubles; and the same
 * {@code pow}/{@code powf} records. Through whole documents, as the previous-map features carry over.
 */
class ContextRecordsTest {
  private static final int SENTENCES = 1500;

  @Test
  void givesTheRecordsOfOpenNlpsFeaturesForEveryTokenOfTheDevSets() throws IOException {
    assumeTrue(Files.isDirectory(DevSets.DEV), "../shared/ner/dev is absent (it sits beside the checkout in CI)");
    int compared = 0;
    for (DevSets.ShippedSet set : DevSets.shippedSets(SENTENCES)) {
      compared += compare(set.model(), set.documents(), false);
      compared += compare(set.model(), set.documents(), true);
    }
    assertThat(compared).isPositive();
  }

  @Test
  void startsItsTokenCacheOverWithoutChangingARecord() throws IOException {
    TokenNameFinderModel model = DevSets.shipped("de");
    assumeTrue(model != null, "no shipped German model");
    List<String[]> document = new ArrayList<>();
    for (int s = 0; s < ContextRecords.CACHED_TOKENS; s++) {
      // Many more distinct tokens than the cache keeps, with common words recurring across its restarts.
      document.add(new String[] {"Herr", "Müller" + s, "sagte", "in", "Berlin-" + (s % 7), "am", s + ".", "Mai", "."});
    }
    assertThat(compare(model, List.of(document), true)).isGreaterThan(ContextRecords.CACHED_TOKENS);
  }

  @Test
  void leavesGeneratorsItCannotCacheToOpenNlp() throws IOException {
    TokenNameFinderModel shipped = DevSets.shipped("en");
    assumeTrue(shipped != null, "no shipped English model");
    assumeTrue(Files.isDirectory(DevSets.DEV), "../shared/ner/dev is absent (it sits beside the checkout in CI)");
    // A window over adaptive features, a window over an aggregate, a bare token generator, sentence ends: each must
    // come out as OpenNLP builds it, with the shipped model's weights.
    String descriptor = """
        <featureGenerators name="nameFinder">
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">1</int>
            <int name="nextLength">1</int>
            <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">1</int>
            <generator class="opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory">
              <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
            </generator>
          </generator>
          <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory">
            <bool name="wordAndClass">false</bool>
          </generator>
          <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
            <bool name="begin">true</bool>
            <bool name="end">true</bool>
          </generator>
        </featureGenerators>
        """;
    MaxentModel perceptron = shipped.getArtifact("nameFinder.model");
    TokenNameFinderModel model = new TokenNameFinderModel("en", perceptron, 3,
        descriptor.getBytes(StandardCharsets.UTF_8), Map.of(), Map.of());
    List<List<String[]>> documents = DevSets.documents(DevSets.devFile("en"), 300);
    assertThat(compare(model, documents, true)).isPositive();
  }

  /** Compares every token's records; how many tokens had records (so a comparison of nothing fails). */
  private static int compare(TokenNameFinderModel model, List<List<String[]>> documents, boolean ruleContext) {
    FeatureWeights weights = PerceptronDecoder.weightsOf(model);
    MaxentModel maxent = model.getArtifact("nameFinder.model");
    String[] outcomes = new String[maxent.getNumOutcomes()];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = maxent.getOutcome(o);
    }
    NameContextGenerator openNlp = model.getFactory().createContextGenerator();
    AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
    openNlp.addFeatureGenerator(new WindowFeatureGenerator(additional, 8, 8));
    ContextRecords ours = new ContextRecords(model, weights, outcomes);
    ContextRecords.Records records = new ContextRecords.Records();
    int withRecords = 0;
    for (List<String[]> document : documents) {
      openNlp.clearAdaptiveData();
      ours.clearAdaptiveData();
      for (String[] sentence : document) {
        String[][] context = ruleContext ? DevSets.ruleOpinions(sentence) : null;
        String[] preds = outcomesFor(sentence, outcomes);
        additional.setCurrentContext(context);
        ours.sentence(sentence, context);
        for (int i = 0; i < sentence.length; i++) {
          String[] features = openNlp.getContext(i, sentence, preds, context);
          // DefaultNameContextGenerator ends with po, pow, powf, ppo.
          int shared = features.length - 4;
          records.clear();
          ours.shared(i, records);
          String where = model.getLanguage() + " token " + i + " of " + String.join(" ", sentence);
          assertThat(records.toArray()).as(where).containsExactly(recordsOf(weights, Arrays.copyOf(features, shared)));
          int last = i > 0 ? Arrays.asList(outcomes).indexOf(preds[i - 1]) : outcomes.length;
          assertThat(ours.pow(i, last)).as(where + " " + features[shared + 1]).isEqualTo(weights.find(features[shared + 1]));
          assertThat(ours.powf(i, last)).as(where + " " + features[shared + 2]).isEqualTo(weights.find(features[shared + 2]));
          if (records.size() > 0) {
            withRecords++;
          }
        }
        openNlp.updateAdaptiveData(sentence, preds);
        ours.updateAdaptiveData(sentence, preds);
      }
    }
    return withRecords;
  }

  private static int[] recordsOf(FeatureWeights weights, String[] features) {
    return Arrays.stream(features).mapToInt(weights::find).filter(r -> r != FeatureWeights.ABSENT).toArray();
  }

  /** Some of the model's outcomes for the adaptive data and the previous-outcome features: names on capitals. */
  private static String[] outcomesFor(String[] sentence, String[] outcomes) {
    String[] preds = new String[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      boolean capital = !sentence[i].isEmpty() && Character.isUpperCase(sentence[i].charAt(0));
      preds[i] = capital ? outcomes[(sentence[i].length() + i) % outcomes.length] : "other";
    }
    return preds;
  }
}
