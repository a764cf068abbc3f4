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
    MODEL.put("pw,w=Angela,Merkel", new Context(new int[] {1, 2}, new double[] {2.5, -0.5}));
    // "pw,w=BB,x" hashes as this one does: the pair lookup must tell them apart by their characters.
    MODEL.put("pw,w=Aa,x", new Context(new int[] {0}, new double[] {1.0}));
    MODEL.put("w,nw=Frankfurt am Main und die Region Rhein-Main,Hessen", new Context(new int[] {0}, new double[] {4.0}));
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

  @Test
  void findsAWordPairAsItsJoinedString() {
    FeatureWeights weights = new FeatureWeights(MODEL);
    String[][] pairs = {
        {"pw,w=", "Angela", "Merkel"}, {"pw,w=", "Aa", "x"}, {"pw,w=", "BB", "x"},
        {"w,nw=", "Frankfurt am Main und die Region Rhein-Main", "Hessen"}, {"pw,w=", "Angela", "Merke"},
        {"pw,w=", "Angel", "a,Merkel"}, {"pw,w=", "", ""}, {"w,nw=", "Angela", "Merkel"},
        {"pw,w=", "x".repeat(100), "y".repeat(70)}};
    for (String[] p : pairs) {
      assertThat(weights.find(p[0], p[1], p[2])).as(String.join("|", p)).isEqualTo(weights.find(p[0] + p[1] + "," + p[2]));
    }
    assertThat(weights.find("pw,w=", "Angela", "Merkel")).isNotEqualTo(FeatureWeights.ABSENT);
    assertThat(weights.find("pw,w=", "Aa", "x")).isNotEqualTo(FeatureWeights.ABSENT).isNotEqualTo(weights.find("pw,w=", "Angela", "Merkel"));
    assertThat(weights.find("pw,w=", "BB", "x")).isEqualTo(FeatureWeights.ABSENT);
  }
}
