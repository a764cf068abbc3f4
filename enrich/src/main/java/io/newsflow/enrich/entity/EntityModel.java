package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.ArticleText;
import io.newsflow.enrich.text.Sentences;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained entity models, one per language (OpenNLP name finders, see docs/entities.md). A model is
 * loaded once and shared read-only; each thread gets its own decoder, because OpenNLP's
 * {@link NameFinderME} keeps per-document state. Perceptron models are decoded by {@link PerceptronDecoder}
 * (OpenNLP's search with the shared features scored once per token), others by {@link NameFinderME}.
 */
public final class EntityModel {
  /** Languages whose model is inside the enrich jar (the default distribution). */
  public static final List<String> SHIPPED = List.of("de", "en", "fr", "pl");
  private static final String RESOURCE = "/io/newsflow/enrich/entity/model/%s.bin";

  /** One name the model found: its type and character offsets into the article text. */
  public record Tagged(EntityType type, int start, int end) {}

  private final Map<String, TokenNameFinderModel> models;
  private final Map<String, ThreadLocal<Decoder>> finders = new TreeMap<>();

  /** One thread's decoder for one model. */
  interface Decoder {
    void clearAdaptiveData();

    Span[] find(String[] tokens, String[][] additionalContext);
  }

  private EntityModel(Map<String, TokenNameFinderModel> models) {
    this.models = Map.copyOf(models);
    for (Map.Entry<String, TokenNameFinderModel> e : this.models.entrySet()) {
      TokenNameFinderModel model = e.getValue();
      if (PerceptronDecoder.supports(model)) {
        FeatureWeights weights = PerceptronDecoder.weightsOf(model);
        finders.put(e.getKey(), ThreadLocal.withInitial(() -> new PerceptronDecoder(model, weights)));
      } else {
        finders.put(e.getKey(), ThreadLocal.withInitial(() -> nameFinder(model)));
      }
    }
  }

  private static Decoder nameFinder(TokenNameFinderModel model) {
    NameFinderME finder = new NameFinderME(model);
    return new Decoder() {
      @Override
      public void clearAdaptiveData() {
        finder.clearAdaptiveData();
      }

      @Override
      public Span[] find(String[] tokens, String[][] additionalContext) {
        return finder.find(tokens, additionalContext);
      }
    };
  }

  /** No model: the list-and-rule layers alone decide (every language). */
  public static EntityModel none() {
    return new EntityModel(Map.of());
  }

  /**
   * The models in the enrich jar, plus {@code <lang>.bin} files from {@code extraDirectory} (may be null),
   * which replace a shipped one of the same language: how a newsroom's own model (or a candidate being
   * measured) is added.
   */
  public static EntityModel shipped(Path extraDirectory) {
    Map<String, TokenNameFinderModel> models = new TreeMap<>();
    for (String language : SHIPPED) {
      try (InputStream in = EntityModel.class.getResourceAsStream(RESOURCE.formatted(language))) {
        if (in != null) {
          models.put(language, new TokenNameFinderModel(in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("entity model " + RESOURCE.formatted(language) + " in the enrich jar is damaged; rebuild enrich", e);
      }
    }
    if (extraDirectory != null) {
      models.putAll(load(extraDirectory));
    }
    return new EntityModel(models);
  }

  /**
   * The shipped models plus those in the directory named by the system property
   * {@code newsflow.entity.models} or else the environment variable {@code NEWSFLOW_ENTITY_MODELS}.
   */
  public static EntityModel configured() {
    String dir = System.getProperty("newsflow.entity.models", System.getenv("NEWSFLOW_ENTITY_MODELS"));
    return shipped(dir == null || dir.isBlank() ? null : Path.of(dir));
  }

  /** Every {@code <lang>.bin} in a directory written by the training command. */
  public static EntityModel from(Path directory) {
    return new EntityModel(load(directory));
  }

  private static Map<String, TokenNameFinderModel> load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("entity model directory " + directory + " does not exist");
    }
    Map<String, TokenNameFinderModel> models = new TreeMap<>();
    try (var files = Files.list(directory)) {
      for (Path file : files.filter(p -> p.getFileName().toString().matches("[a-z]{2}\\.bin")).sorted().toList()) {
        String language = file.getFileName().toString().substring(0, 2);
        try (InputStream in = Files.newInputStream(file)) {
          models.put(language, new TokenNameFinderModel(in));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read entity model " + file + ": retrain it with train-entities", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list entity models in " + directory, e);
    }
    return models;
  }

  public Set<String> languages() {
    return models.keySet();
  }

  public boolean supports(String language) {
    return language != null && models.containsKey(language);
  }

  /**
   * Tags every sentence of the article. {@code ruleEntities} is the list-and-rule layers' reading of
   * the same article, which the model takes as features ({@link RuleOpinion}).
   */
  public List<Tagged> tag(ArticleText article, String language, List<Entity> ruleEntities) {
    Decoder finder = finders.get(language).get();
    finder.clearAdaptiveData();
    String text = article.text();
    List<NameToken> tokens = NameTokens.split(text);
    Sentences sentences = Sentences.of(article);
    List<Tagged> tagged = new ArrayList<>();
    int k = 0;
    while (k < tokens.size()) {
      int end = sentences.endAfter(tokens.get(k).start());
      int to = k;
      while (to < tokens.size() && tokens.get(to).start() < end) {
        to++;
      }
      if (to == k) {
        to = k + 1;
      }
      String[] forms = new String[to - k];
      for (int i = k; i < to; i++) {
        forms[i - k] = tokens.get(i).form();
      }
      for (Span span : finder.find(forms, RuleOpinion.of(tokens, k, to, ruleEntities))) {
        tagged.add(new Tagged(EntityType.valueOf(span.getType()),
            tokens.get(k + span.getStart()).start(), tokens.get(k + span.getEnd() - 1).end()));
      }
      k = to;
    }
    return tagged;
  }
}
