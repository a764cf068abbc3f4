package io.newsflow.enrich.entity;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Person cues as model features: {@code cue=given} on a listed given name, {@code cue=role} on a role
 * word ("Bundeskanzlerin", "minister"). Named in the model's feature descriptor, so a model trained
 * with it finds the same cues when it is loaded; the word lists are newsflow's own
 * ({@code entity/first-names.txt}, {@code entity/roles.txt}).
 */
public final class NameCueFeatures implements AdaptiveFeatureGenerator {
  private static final class Holder {
    static final PersonCues CUES = new PersonCues();
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String token = tokens[index];
    if (!Character.isLetter(token.charAt(0))) {
      return;
    }
    if (Holder.CUES.isGivenName(token)) {
      features.add("cue=given");
    }
    if (token.length() > 2 && Holder.CUES.isRole(token)) {
      features.add("cue=role");
    }
  }

  /** Builds the generator from a {@code <generator class="…NameCueFeatures$Factory"/>} element. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new NameCueFeatures();
    }
  }
}
