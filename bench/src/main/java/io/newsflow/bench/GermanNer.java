package io.newsflow.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford CoreNLP's German named-entity recogniser, reduced to the annotators NER needs, with its
 * output in newsflow's entity vocabulary. The German CRF uses words, shapes and distributional
 * clusters, not part-of-speech tags, so the tagger and parsers of the German defaults stay off.
 */
public final class GermanNer {
  /** tokenize and ssplit feed ner; mwt splits German contractions (zum = zu dem) as the model was trained. */
  public static final String ANNOTATORS = "tokenize,ssplit,mwt,ner";
  public static final String VERSION = "corenlp-4.5.10-german-crf";

  private final StanfordCoreNLP pipeline;

  public GermanNer() {
    Properties props = germanDefaults();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("ner.buildEntityMentions", "true");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Runs the pipeline and returns the annotated document (for benchmarks that only need the work done). */
  public CoreDocument annotate(String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    return document;
  }

  /**
   * People, places and organisations in {@code text}, one entity per distinct (type, name); mention
   * offsets point into {@code text}. CoreNLP has no coreference here, so "Trump" and "Donald Trump"
   * stay two entities.
   */
  public List<Entity> entities(String text) {
    Map<String, List<Mention>> mentionsByKey = new LinkedHashMap<>();
    Map<String, EntityType> typeByKey = new LinkedHashMap<>();
    for (CoreEntityMention found : annotate(text).entityMentions()) {
      Optional<EntityType> type = typeOf(found.entityType());
      if (type.isEmpty()) {
        continue;
      }
      int start = found.charOffsets().first();
      int end = found.charOffsets().second();
      String surface = text.substring(start, end);
      String key = type.get() + "\u0000" + surface;
      typeByKey.putIfAbsent(key, type.get());
      mentionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(surface, start, end));
    }
    List<Entity> entities = new ArrayList<>();
    mentionsByKey.forEach((key, mentions) ->
        entities.add(new Entity(typeByKey.get(key), mentions.get(0).text(), mentions)));
    return entities;
  }

  /** CoNLL labels of the German model (and the long forms of the English ones); MISC is dropped. */
  static Optional<EntityType> typeOf(String label) {
    return switch (label) {
      case "PERSON", "PER", "I-PER", "B-PER" -> Optional.of(EntityType.PERSON);
      case "LOCATION", "LOC", "I-LOC", "B-LOC" -> Optional.of(EntityType.PLACE);
      case "ORGANIZATION", "ORG", "I-ORG", "B-ORG" -> Optional.of(EntityType.ORGANISATION);
      default -> Optional.empty();
    };
  }

  private static Properties germanDefaults() {
    Properties props = new Properties();
    try (InputStream in = GermanNer.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-german.properties")) {
      if (in == null) {
        throw new IllegalStateException("StanfordCoreNLP-german.properties is not on the classpath: "
            + "the stanford-corenlp models-german jar is missing (build with -Pbench)");
      }
      props.load(in);
      return props;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read StanfordCoreNLP-german.properties", e);
    }
  }
}
