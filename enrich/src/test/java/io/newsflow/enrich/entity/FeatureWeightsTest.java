package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {
  private static final Map<String, Context> MODEL = new LinkedHashMap<>();

  static {
    MODEL.put("w=berlin", new Context(new int[] {0, 2}, new double[] {0.5, -1.25}));
    // "Aa" and "BB" share a String hash code: the lookup must tell them apart by their characters.
    MODEL.put("Aa", new Context(new int[] {1}, new double[] {3.0}));
    MODEL.put("BB", new Context(new int[] {1}, new double[] {-7.0}));
    MODEL.put("p1w=hauptstadt der", new Context(new int[] {0, 1, 2}, new double[] {0.1, 0.2, 0.30000000000000004}));
    MODEL.put("", new Context(new int[] {2}, new double[] {9.0}));
  }

  @Test
  void addsTheWeightsOfEachFeatureItHas() {
    FeatureWeights weights = new FeatureWeights(MODEL);
    for (Map.Entry<String, Context> e : MODEL.entrySet()) {
      double[] expected = new double[3];
      Context c = e.getValue();
      for (int a = 0; a < c.getOutcomes().length; a++) {
        expected[c.getOutcomes()[a]] += c.getParameters()[a];
      }
      double[] actual = new double[3];
      weights.addTo(actual, weights.find(new String(e.getKey().toCharArray())));
      assertThat(actual).as(e.getKey()).containsExactly(expected);
    }
  }

  @Test
  void tellsApartKeysWithTheSameHashCode() {
    FeatureWeights weights = new FeatureWeights(MODEL);
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    double[] sums = new double[3];
    weights.addTo(sums, weights.find("BB"));
    assertThat(sums).containsExactly(0, -7.0, 0);
  }

  @Test
  void findsNothingForAFeatureTheModelLacks() {
    FeatureWeights weights = new FeatureWeights(MODEL);
    assertThat(weights.find("w=hamburg")).isEqualTo(FeatureWeights.ABSENT);
    assertThat(weights.find("w=berli")).isEqualTo(FeatureWeights.ABSENT);
    assertThat(weights.find("w=berlin ")).isEqualTo(FeatureWeights.ABSENT);
    double[] sums = {1, 2, 3};
    weights.addTo(sums, FeatureWeights.ABSENT);
    assertThat(sums).containsExactly(1, 2, 3);
  }

  @Test
  void holdsAnEmptyModel() {
    FeatureWeights weights = new FeatureWeights(Map.of());
    assertThat(weights.find("w=berlin")).isEqualTo(FeatureWeights.ABSENT);
  }
}
