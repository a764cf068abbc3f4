package io.newsflow.enrich.entity.training;

import io.newsflow.enrich.entity.EntityRecognizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains one entity model per language from the annotated corpora, measures it on that language's dev
 * set and writes {@code <lang>.bin} plus its model card {@code <lang>.md}:
 *
 * <pre>
 *   ./newsflow train-entities --train ../shared/ner/train/normalized --dev ../shared/ner/dev --out DIR
 * </pre>
 *
 * Which corpora each language learns from is {@link Recipe}; a dev set is never among them.
 */
public final class EntityModelTraining {
  /** The settings one training run takes. */
  public record Settings(Path train, Path dev, Path out, List<String> languages, FeatureSet features,
                         String algorithm, int iterations, int cutoff, int clusters, long tokenLimit,
                         String corpora) {}

  private EntityModelTraining() {}

  public static void main(String[] args) throws IOException {
    run(args);
  }

  /**
   * {@code --train DIR --dev DIR --out DIR --languages de,en,fr,pl}, and the experiment settings {@code
   * --features RICH|DEFAULT --algorithm PERCEPTRON|MAXENT --iterations N --cutoff N --clusters DEPTH
   * --token-limit N --corpora PREFIX[:TIMES],...} (which training files, each read TIMES times; default:
   * {@link Recipe}); the defaults are the shipped configuration.
   */
  public static void run(String... args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    Settings settings = new Settings(
        Path.of(options.getOrDefault("train", "../shared/ner/train/normalized")),
        Path.of(options.getOrDefault("dev", "../shared/ner/dev")),
        Path.of(options.getOrDefault("out", "target/entity-models")),
        List.of(options.getOrDefault("languages", "de,en,pl,fr").split(",")),
        FeatureSet.valueOf(options.getOrDefault("features", "RICH").toUpperCase(Locale.ROOT)),
        options.getOrDefault("algorithm", "PERCEPTRON"),
        Integer.parseInt(options.getOrDefault("iterations", "150")),
        Integer.parseInt(options.getOrDefault("cutoff", "1")),
        Integer.parseInt(options.getOrDefault("clusters", "0")),
        Long.parseLong(options.getOrDefault("token-limit", "0")),
        options.get("corpora"));
    for (String language : settings.languages()) {
      Recipe recipe = Recipe.of(language);
      train(settings, settings.corpora() == null ? recipe : recipe.withCorpora(settings.corpora()));
    }
  }

  static void train(Settings settings, Recipe recipe) throws IOException {
    Files.createDirectories(settings.out());
    Instant started = Instant.now();
    EntityRecognizer rules = new EntityRecognizer();
    TrainingSamples samples = new TrainingSamples(rules, recipe.language());
    List<NameSample> training = new ArrayList<>();
    Map<String, int[]> used = new LinkedHashMap<>();
    Set<Path> read = new HashSet<>();
    for (Recipe.Corpus corpus : recipe.corpora()) {
      for (Path file : recipe.trainingFiles(settings.train(), corpus)) {
        if (!read.add(file)) {
          continue;
        }
        int tokens = 0;
        int taken = 0;
        for (AnnotatedSentence s : AnnotatedCorpus.read(file)) {
          if (settings.tokenLimit() > 0 && tokens > settings.tokenLimit()) {
            break;
          }
          NameSample sample = samples.toSample(s);
          for (int r = 0; r < corpus.repeat(); r++) {
            training.add(sample);
          }
          tokens += s.tokens().size();
          taken++;
        }
        used.put(Recipe.setName(file), new int[] {taken, tokens, corpus.repeat()});
      }
    }
    List<NameSample> dev = new ArrayList<>();
    for (AnnotatedSentence s : AnnotatedCorpus.read(settings.dev().resolve(recipe.devSet() + ".iob2.gz"))) {
      dev.add(samples.toSample(s));
    }
    if (!settings.features().usesRuleOpinion()) {
      training.replaceAll(TrainingSamples::withoutContext);
      dev.replaceAll(TrainingSamples::withoutContext);
    }
    Map<String, Object> resources = new HashMap<>();
    String clusterResource = null;
    if (settings.clusters() > 0) {
      clusterResource = recipe.language() + "-word-classes.txt";
      resources.put(clusterResource, WordClusters.learn(training, settings.clusters()));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
        settings.features().descriptor(clusterResource), resources, new BioCodec());
    Instant trainingStarted = Instant.now();
    TokenNameFinderModel model = NameFinderME.train(recipe.language(), null,
        ObjectStreamUtils.createObjectStream(training), params, factory);
    Duration trainingTime = Duration.between(trainingStarted, Instant.now());

    Path bin = settings.out().resolve(recipe.language() + ".bin");
    try (OutputStream out = Files.newOutputStream(bin)) {
      model.serialize(out);
    }
    TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
    evaluator.evaluate(ObjectStreamUtils.createObjectStream(dev));
    FMeasure f = evaluator.getFMeasure();
    ModelCard card = new ModelCard(recipe, settings, used, f, trainingTime,
        Duration.between(started, Instant.now()), Files.size(bin));
    Files.writeString(settings.out().resolve(recipe.language() + ".md"), card.markdown());
    System.out.printf(Locale.ROOT, "%s: dev %s P %.3f R %.3f F1 %.3f, %d training sentences, trained in %d s, %s (%d KB)%n",
        recipe.language(), recipe.devSet(), f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure(),
        training.size(), trainingTime.toSeconds(), bin, Files.size(bin) / 1024);
  }

  static List<Path> filesWithPrefix(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".iob2.gz"))
          .sorted().toList();
    }
  }
}
