package io.newsflow.enrich.entity.training;

import io.newsflow.enrich.entity.EntityRecognizer;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.NameToken;
import io.newsflow.enrich.entity.NameTokens;
import io.newsflow.enrich.entity.RuleOpinion;
import io.newsflow.enrich.text.ArticleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Turns a corpus sentence into what the model sees in the newsroom: the tokens are joined into text,
 * that text is split again by {@link NameTokens} (so corpus tokenisation does not matter) and read by
 * the list-and-rule layers ({@link RuleOpinion}); the corpus tags move onto the new tokens.
 */
final class TrainingSamples {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "“", "”", "»", "'s", "n't");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "„", "«");
  private static final Map<String, String> TYPES = Map.of(
      "PER", EntityType.PERSON.name(), "LOC", EntityType.PLACE.name(), "ORG", EntityType.ORGANISATION.name());

  private final EntityRecognizer rules;
  private final String language;

  TrainingSamples(EntityRecognizer rules, String language) {
    this.rules = rules;
    this.language = language;
  }

  /** A corpus sentence as newsroom text: the joined text and where each corpus token starts in it. */
  record Joined(String text, int[] starts) {}

  static Joined join(AnnotatedSentence sentence) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[sentence.tokens().size()];
    for (int i = 0; i < sentence.tokens().size(); i++) {
      String token = sentence.tokens().get(i);
      if (i > 0 && !NO_SPACE_BEFORE.contains(token) && !NO_SPACE_AFTER.contains(sentence.tokens().get(i - 1))) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(token);
    }
    return new Joined(text.toString(), starts);
  }

  NameSample toSample(AnnotatedSentence sentence) {
    Joined j = join(sentence);
    String joined = j.text();
    int[] starts = j.starts();
    List<NameToken> tokens = NameTokens.split(joined);
    String[] forms = new String[tokens.size()];
    List<Span> names = new ArrayList<>();
    int source = 0;
    int spanStart = -1;
    String spanType = null;
    int previousSource = -1;
    for (int k = 0; k < tokens.size(); k++) {
      NameToken t = tokens.get(k);
      forms[k] = t.form();
      while (source + 1 < starts.length && starts[source + 1] <= t.start()) {
        source++;
      }
      String tag = sentence.tags().get(source);
      boolean begins = tag.startsWith("B-") && source != previousSource;
      String type = tag.equals("O") ? null : TYPES.get(tag.substring(2));
      if (spanType != null && (type == null || begins || !type.equals(spanType))) {
        names.add(new Span(spanStart, k, spanType));
        spanType = null;
      }
      if (type != null && spanType == null) {
        spanStart = k;
        spanType = type;
      }
      previousSource = source;
    }
    if (spanType != null) {
      names.add(new Span(spanStart, tokens.size(), spanType));
    }
    String[][] context = RuleOpinion.of(tokens, 0, tokens.size(),
        rules.recognise(ArticleText.of(joined, null, List.of()), language));
    return new NameSample(forms, names.toArray(new Span[0]), context, sentence.documentStart());
  }

  /** The same sample without the rule layers' reading, for feature sets that do not use it. */
  static NameSample withoutContext(NameSample sample) {
    return new NameSample(sample.getSentence(), sample.getNames(), sample.isClearAdaptiveDataSet());
  }
}
