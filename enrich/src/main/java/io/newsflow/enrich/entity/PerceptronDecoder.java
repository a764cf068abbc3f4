package io.newsflow.enrich.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP 2.5's {@link NameFinderME#find} for a perceptron model, computing the same numbers with less work.
 * OpenNLP's beam search asks the context generator for every token once per path in the beam and scores the whole
 * feature list each time, copying each path's outcome list as it extends it; yet all features but the four
 * previous-outcome ones ({@code po}, {@code pow}, {@code powf}, {@code ppo}) are the same for every path (OpenNLP's
 * own feature cache relies on that). Here those are summed once per token and only the four are added per path, in
 * the same order, so every score is the same double; paths share their prefixes. The four depend on the token and
 * one or two previous outcomes only, so their weights are looked up once per outcome ({@code po}, {@code ppo}) or
 * once per token and previous outcome ({@code pow}, {@code powf}) instead of building four strings per path. Weights
 * come from {@link FeatureWeights}, the model's own doubles packed for lookup, added in OpenNLP's order. The search itself is OpenNLP's:
 * same beam, same candidate rule, same validator, same priority queues, so ties fall the same way.
 * {@code PerceptronDecoderTest} compares the two on the dev sets. One instance per thread (adaptive data).
 *
 * <p>Written here because OpenNLP offers no way to plug a faster search into its name finder.
 */
final class PerceptronDecoder implements EntityModel.Decoder {
  private static final String MODEL_ENTRY = "nameFinder.model";
  /** BeamSearch's floor for a path's log score. */
  private static final double ZERO_LOG = -100000;
  private static final Object[] NO_CONTEXT = new Object[0];

  private final NameContextGenerator contexts;
  private final AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
  /** The additional context is set per sentence, so its memo starts over with each. */
  private final WindowedFeatures.Memo additionalPerToken = new WindowedFeatures.Memo(additional);
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  private final FeatureWeights weights;
  private final String[] outcomes;
  /** Index standing for NameFinderME.OTHER before the sentence's first token, after the outcomes' own. */
  private final int before;
  /** The weights of {@code po=X} and {@code ppo=X} for each outcome X (then OTHER): the same for every token. */
  private final int[] po;
  private final int[] ppo;
  /** This token's {@code pow=X,token} and {@code powf=X,shape} weights per previous outcome X, looked up once. */
  private final int[] pow;
  private final int[] powf;
  private final boolean[] looked;
  private final int beamSize;

  /** Whether the model is one this decoder reproduces (a perceptron); others go through {@link NameFinderME}. */
  static boolean supports(TokenNameFinderModel model) {
    return model.getArtifact(MODEL_ENTRY) instanceof PerceptronModel;
  }

  /** A decoder with its own copy of the model's weights (tests); decoders of one model should share one. */
  PerceptronDecoder(TokenNameFinderModel model) {
    this(model, weightsOf(model));
  }

  PerceptronDecoder(TokenNameFinderModel model, FeatureWeights weights) {
    this.weights = weights;
    TokenNameFinderFactory factory = model.getFactory();
    codec = factory.createSequenceCodec();
    validator = codec.createSequenceValidator();
    contexts = WindowedFeatures.of(model);
    // As NameFinderME does: the caller's additional context, in a window of eight tokens either side.
    contexts.addFeatureGenerator(new WindowFeatureGenerator(additionalPerToken, 8, 8));
    PerceptronModel perceptron = model.getArtifact(MODEL_ENTRY);
    outcomes = (String[]) perceptron.getDataStructures()[2];
    before = outcomes.length;
    po = new int[outcomes.length + 1];
    ppo = new int[outcomes.length + 1];
    for (int o = 0; o <= outcomes.length; o++) {
      po[o] = weights.find("po=" + outcome(o));
      ppo[o] = weights.find("ppo=" + outcome(o));
    }
    pow = new int[outcomes.length + 1];
    powf = new int[outcomes.length + 1];
    looked = new boolean[outcomes.length + 1];
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
  }

  @Override
  public void clearAdaptiveData() {
    contexts.clearAdaptiveData();
  }

  /** The names in one sentence, as {@link NameFinderME#find(String[], String[][])} finds them. */
  @Override
  public Span[] find(String[] tokens, String[][] additionalContext) {
    additional.setCurrentContext(additionalContext);
    additionalPerToken.forget();
    Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
    Queue<Path> prev = new PriorityQueue<>(beamSize);
    Queue<Path> next = new PriorityQueue<>(beamSize);
    prev.add(Path.START);
    double[] shared = new double[outcomes.length];
    for (int i = 0; i < tokens.length; i++) {
      Arrays.fill(shared, 0);
      add(shared, contexts.getContext(i, tokens, null, context));
      String shape = FeatureGeneratorUtil.tokenFeature(tokens[i]);
      Arrays.fill(looked, false);
      int paths = Math.min(beamSize, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < paths; sc++) {
        Path top = prev.remove();
        String[] previous = top.outcomes(outcomes);
        int last = i > 0 ? top.outcome : before;
        int beforeLast = i > 1 ? top.before.outcome : before;
        if (!looked[last]) {
          pow[last] = weights.find("pow=" + outcome(last) + "," + tokens[i]);
          powf[last] = weights.find("powf=" + outcome(last) + "," + shape);
          looked[last] = true;
        }
        double[] scores = shared.clone();
        weights.addTo(scores, po[last]);
        weights.addTo(scores, pow[last]);
        weights.addTo(scores, powf[last]);
        weights.addTo(scores, ppo[beforeLast]);
        normalise(scores);
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double min = sorted[Math.max(0, scores.length - beamSize)];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            extend(next, top, i, tokens, previous, p, scores[p]);
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < scores.length; p++) {
            extend(next, top, i, tokens, previous, p, scores[p]);
          }
        }
      }
      prev.clear();
      Queue<Path> swap = prev;
      prev = next;
      next = swap;
    }
    if (prev.isEmpty()) {
      return new Span[0];
    }
    String[] best = prev.remove().outcomes(outcomes);
    contexts.updateAdaptiveData(tokens, best);
    return codec.decode(List.of(best));
  }

  private String outcome(int o) {
    return o == before ? NameFinderME.OTHER : outcomes[o];
  }

  private void extend(Queue<Path> next, Path top, int i, String[] tokens, String[] previous, int p, double probability) {
    if (validator.validSequence(i, tokens, previous, outcomes[p])) {
      Path path = new Path(top, p, top.score + StrictMath.log(probability));
      if (path.score > ZERO_LOG) {
        next.add(path);
      }
    }
  }

  private void add(double[] sums, String[] features) {
    for (String feature : features) {
      weights.addTo(sums, weights.find(feature));
    }
  }

  /** The model's weights packed for lookup: build once per model, share between threads. */
  @SuppressWarnings("unchecked")
  static FeatureWeights weightsOf(TokenNameFinderModel model) {
    PerceptronModel perceptron = model.getArtifact(MODEL_ENTRY);
    return new FeatureWeights((Map<String, Context>) perceptron.getDataStructures()[1]);
  }

  /** PerceptronModel's normalisation of the sums into a distribution. */
  private static void normalise(double[] prior) {
    double maxPrior = 1;
    for (double v : prior) {
      if (maxPrior < StrictMath.abs(v)) {
        maxPrior = StrictMath.abs(v);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < prior.length; o++) {
      prior[o] = StrictMath.exp(prior[o] / maxPrior);
      normal += prior[o];
    }
    for (int o = 0; o < prior.length; o++) {
      prior[o] /= normal;
    }
  }

  /** A path through the beam: its last outcome's index, the path before it, and its log score (OpenNLP's Sequence). */
  private static final class Path implements Comparable<Path> {
    static final Path START = new Path(null, -1, 0);

    final Path before;
    final int outcome;
    final int length;
    final double score;

    Path(Path before, int outcome, double score) {
      this.before = before;
      this.outcome = outcome;
      this.length = before == null ? 0 : before.length + 1;
      this.score = score;
    }

    String[] outcomes(String[] names) {
      String[] out = new String[length];
      Path p = this;
      for (int i = length - 1; i >= 0; i--, p = p.before) {
        out[i] = names[p.outcome];
      }
      return out;
    }

    @Override
    public int compareTo(Path other) {
      return Double.compare(other.score, score);
    }
  }
}
