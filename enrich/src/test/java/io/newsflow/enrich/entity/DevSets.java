package io.newsflow.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;

/** The shipped entity models and the NER dev sets in ../shared, for the tests that pin decoding to OpenNLP. */
final class DevSets {
  static final Path DEV = Path.of("..", "..", "shared", "ner", "dev").toAbsolutePath().normalize();

  private DevSets() {}

  /** A shipped model and its language's first dev-set sentences. */
  record ShippedSet(String language, TokenNameFinderModel model, List<List<String[]>> documents) {}

  /** Every shipped language that has both a model in the jar and a dev set, with up to {@code maxSentences} sentences. */
  static List<ShippedSet> shippedSets(int maxSentences) throws IOException {
    List<ShippedSet> sets = new ArrayList<>();
    for (String language : EntityModel.SHIPPED) {
      TokenNameFinderModel model = shipped(language);
      Path file = devFile(language);
      if (model != null && file != null) {
        sets.add(new ShippedSet(language, model, documents(file, maxSentences)));
      }
    }
    return sets;
  }

  /** The model in the enrich jar for a language, or null. */
  static TokenNameFinderModel shipped(String language) throws IOException {
    try (InputStream in = EntityModel.class.getResourceAsStream("/io/newsflow/enrich/entity/model/" + language + ".bin")) {
      return in == null ? null : new TokenNameFinderModel(in);
    }
  }

  /** The language's dev set ({@code <lang>-*.iob2.gz}), or null. */
  static Path devFile(String language) throws IOException {
    try (Stream<Path> files = Files.list(DEV)) {
      return files.filter(p -> p.getFileName().toString().startsWith(language + "-") && p.toString().endsWith(".iob2.gz"))
          .findFirst().orElse(null);
    }
  }

  /**
   * The dev set's first {@code maxSentences} sentences as tokens, grouped by document ({@code -DOCSTART-}
   * lines); blank lines end a sentence.
   */
  static List<List<String[]>> documents(Path file, int maxSentences) throws IOException {
    List<List<String[]>> documents = new ArrayList<>();
    List<String[]> document = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    int sentences = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && sentences < maxSentences; line = in.readLine()) {
        String token = line.split("\t")[0];
        if (line.isBlank() || token.equals("-DOCSTART-")) {
          if (!sentence.isEmpty()) {
            document.add(sentence.toArray(new String[0]));
            sentence.clear();
            sentences++;
          }
          if (token.equals("-DOCSTART-") && !document.isEmpty()) {
            documents.add(document);
            document = new ArrayList<>();
          }
        } else {
          sentence.add(token);
        }
      }
    }
    if (!sentence.isEmpty()) {
      document.add(sentence.toArray(new String[0]));
    }
    if (!document.isEmpty()) {
      documents.add(document);
    }
    return documents;
  }

  /** Rule features on capitalised words, as RuleOpinion gives them, so the additional-context window is exercised. */
  static String[][] ruleOpinions(String[] sentence) {
    String[][] context = new String[sentence.length][];
    for (int i = 0; i < sentence.length; i++) {
      boolean capital = !sentence[i].isEmpty() && Character.isUpperCase(sentence[i].charAt(0));
      context[i] = capital && i % 2 == 0 ? new String[] {"rule=PLACE", "rule=PLACE-B"} : capital ? new String[] {"rule=PERSON"} : new String[0];
    }
    return context;
  }
}
