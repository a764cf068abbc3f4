package io.newsflow.enrich.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * OpenNLP 2.5's {@link NameFinderME#find} for a perceptron model, computing the same numbers with less work; written
 * here for speed, and {@code PerceptronDecoderTest} compares the two on the dev sets. OpenNLP's beam search asks the
 * context generator for every token once per path in the beam and scores the whole feature list each time, copying
 * each path's outcome list as it extends it; yet all features but the four previous-outcome ones ({@code po},
 * {@code pow}, {@code powf}, {@code ppo}) are the same for every path (OpenNLP's own feature cache relies on that).
 * Here those are summed once per token and only the four are added per path, in the same order, so every score is
 * the same double; paths share their prefixes. The features come as {@link FeatureWeights} records from
 * {@link ContextRecords} (the model's own doubles, packed for lookup, in OpenNLP's order, without building their
 * strings per token); the four depend on the token and one or two previous outcomes only, so their records are
 * looked up once per outcome ({@code po}, {@code ppo}) or once per token string and previous outcome ({@code pow},
 * {@code powf}). OpenNLP's BIO validator reads the last outcome only, so for it which outcome may follow which is
 * asked once per model instead of once per path. The search itself is OpenNLP's: same beam, same candidate rule,
 * same validator answers, same priority queues, so ties fall the same way. One instance per thread (adaptive data).
 *
 * <p>Written here because OpenNLP offers no way to plug a faster search into its name finder.
 */
final class PerceptronDecoder implements EntityModel.Decoder {
  private static final String MODEL_ENTRY = "nameFinder.model";
  /** BeamSearch's floor for a path's log score. */
  private static final double ZERO_LOG = -100000;

  private final ContextRecords contexts;
  private final ContextRecords.Records features = new ContextRecords.Records();
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  /** {@code follows[last][p]}: whether outcome p may come after outcome last (row {@link #before}: first token); null
   * for a validator that may read more than the last outcome. */
  private final boolean[][] follows;
  private final FeatureWeights weights;
  private final String[] outcomes;
  /** Index standing for NameFinderME.OTHER before the sentence's first token, after the outcomes' own. */
  private final int before;
  /** The weights of {@code po=X} and {@code ppo=X} for each outcome X (then OTHER): the same for every token. */
  private final int[] po;
  private final int[] ppo;
  private final int beamSize;
  /** The largest scores of a path's extensions, largest first (kthLargest). */
  private final double[] top;

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
    PerceptronModel perceptron = model.getArtifact(MODEL_ENTRY);
    outcomes = (String[]) perceptron.getDataStructures()[2];
    before = outcomes.length;
    contexts = new ContextRecords(model, weights, outcomes);
    po = new int[outcomes.length + 1];
    ppo = new int[outcomes.length + 1];
    for (int o = 0; o <= outcomes.length; o++) {
      String previous = o == before ? NameFinderME.OTHER : outcomes[o];
      po[o] = weights.find("po=" + previous);
      ppo[o] = weights.find("ppo=" + previous);
    }
    follows = validator.getClass() == NameFinderSequenceValidator.class ? follows(validator, outcomes) : null;
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    top = new double[beamSize];
  }

  @Override
  public void clearAdaptiveData() {
    contexts.clearAdaptiveData();
  }

  /** The names in one sentence, as {@link NameFinderME#find(String[], String[][])} finds them. */
  @Override
  public Span[] find(String[] tokens, String[][] additionalContext) {
    contexts.sentence(tokens, additionalContext);
    Queue<Path> prev = new PriorityQueue<>(beamSize);
    Queue<Path> next = new PriorityQueue<>(beamSize);
    prev.add(Path.START);
    double[] shared = new double[outcomes.length];
    for (int i = 0; i < tokens.length; i++) {
      Arrays.fill(shared, 0);
      features.clear();
      contexts.shared(i, features);
      for (int k = 0; k < features.size(); k++) {
        weights.addTo(shared, features.get(k));
      }
      int paths = Math.min(beamSize, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < paths; sc++) {
        Path top = prev.remove();
        int last = i > 0 ? top.outcome : before;
        int beforeLast = i > 1 ? top.before.outcome : before;
        double[] scores = shared.clone();
        weights.addTo(scores, po[last]);
        weights.addTo(scores, contexts.pow(i, last));
        weights.addTo(scores, contexts.powf(i, last));
        weights.addTo(scores, ppo[beforeLast]);
        normalise(scores);
        double min = kthLargest(scores, beamSize);
        String[] previous = follows == null ? top.outcomes(outcomes) : null;
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            extend(next, top, i, tokens, last, previous, p, scores[p]);
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < scores.length; p++) {
            extend(next, top, i, tokens, last, previous, p, scores[p]);
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

  private void extend(Queue<Path> next, Path top, int i, String[] tokens, int last, String[] previous, int p,
      double probability) {
    boolean valid = follows != null ? follows[last][p] : validator.validSequence(i, tokens, previous, outcomes[p]);
    if (valid) {
      Path path = new Path(top, p, top.score + StrictMath.log(probability));
      if (path.score > ZERO_LOG) {
        next.add(path);
      }
    }
  }

  /**
   * BeamSearch's candidate threshold, {@code sorted[max(0, n - k)]} of the sorted scores, without sorting them: the k-th
   * largest score counting equal ones (the smallest when there are fewer than k), in Arrays.sort's order.
   */
  private double kthLargest(double[] scores, int k) {
    int kept = 0;
    for (double v : scores) {
      if (kept == k && Double.compare(v, top[k - 1]) <= 0) {
        continue;
      }
      int at = kept < k ? kept++ : k - 1;
      while (at > 0 && Double.compare(top[at - 1], v) < 0) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = v;
    }
    return top[kept - 1];
  }

  /**
   * The BIO validator's answers for every last outcome (and none, the last row), asked with a one-outcome history:
   * NameFinderSequenceValidator reads the history's last outcome only.
   */
  private static boolean[][] follows(SequenceValidator<String> validator, String[] outcomes) {
    boolean[][] follows = new boolean[outcomes.length + 1][outcomes.length];
    for (int last = 0; last <= outcomes.length; last++) {
      String[] history = last == outcomes.length ? new String[0] : new String[] {outcomes[last]};
      for (int p = 0; p < outcomes.length; p++) {
        follows[last][p] = validator.validSequence(history.length, new String[history.length + 1], history, outcomes[p]);
      }
    }
    return follows;
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
