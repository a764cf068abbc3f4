package io.newsflow.enrich.entity.training;

import io.newsflow.enrich.entity.NameCueFeatures;
import io.newsflow.enrich.entity.WordClasses;
import java.nio.charset.StandardCharsets;

/**
 * The feature configurations compared on the dev sets (docs/entities.md). Each is an OpenNLP feature
 * descriptor; the model stores it, so inference builds exactly the features training used.
 */
enum FeatureSet {
  /** OpenNLP's default name-finder features: the calibration baseline. */
  DEFAULT(""),
  /** Default features plus the rule layers' reading: what the lists add without the other RICH features. */
  LISTED(""),
  /** Default features plus affixes, wider word and shape windows, person cues and the rule layers' reading. */
  RICH("""
        <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"><int name="length">3</int></generator>
        <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"><int name="length">4</int></generator>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">1</int>
          <int name="nextLength">1</int>
          <generator class="%s"/>
        </generator>
      """.formatted(NameCueFeatures.Factory.class.getName()));

  private final String extra;

  FeatureSet(String extra) {
    this.extra = extra;
  }

  /** Rule-layer features come as additional context, which OpenNLP adds in its own window. */
  boolean usesRuleOpinion() {
    return this != DEFAULT;
  }

  byte[] descriptor(String clusterResource) {
    String clusters = clusterResource == null ? "" : """
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">1</int>
          <int name="nextLength">1</int>
          <generator class="%s">
            <str name="dict">%s</str>
          </generator>
        </generator>
      """.formatted(WordClasses.Features.class.getName(), clusterResource);
    String xml = """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">2</int>
            <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">2</int>
            <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
              <bool name="lowercase">true</bool>
            </generator>
          </generator>
          <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
            <bool name="begin">true</bool>
            <bool name="end">false</bool>
          </generator>
        %s%s</featureGenerators>
        """.formatted(extra, this == DEFAULT ? "" : clusters);
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
