package io.newsflow.enrich.entity.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one language's model learns from and where it is measured. Each corpus is a file-name prefix and
 * how many times its sentences are read: repeating a small in-domain set weights it against larger ones
 * of another kind (the perceptron sees every sentence once per pass). German reads the modern GermEval
 * sentences three times and the HIPE historic newspapers once: through the whole enrichment that beat
 * adding the English corpora or the noisier Europeana OCR (docs/entities.md, "Configurations compared"),
 * and it keeps the model free of the English set's share-alike licence. Polish is never mixed in: its
 * many capitalised inflected names turn German nouns into names. French (historic OCR newspapers on both
 * sides) learns from French alone.
 */
record Recipe(String language, List<Corpus> corpora, String devSet) {
  /** Every training file whose name starts with {@code prefix}, read {@code repeat} times. */
  record Corpus(String prefix, int repeat) {
    /** {@code de-germeval2014-dev:3} (three times) or {@code en-} (once). */
    static Corpus parse(String spec) {
      int colon = spec.lastIndexOf(':');
      String prefix = colon < 0 ? spec : spec.substring(0, colon);
      int repeat;
      try {
        repeat = colon < 0 ? 1 : Integer.parseInt(spec.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("corpus '" + spec + "': the repeat after ':' must be a whole number");
      }
      if (prefix.isBlank() || repeat < 1) {
        throw new IllegalArgumentException("corpus '" + spec + "': expected PREFIX or PREFIX:TIMES with TIMES >= 1");
      }
      return new Corpus(prefix, repeat);
    }
  }

  static Recipe of(String language) {
    return switch (language) {
      case "de" -> new Recipe("de", List.of(new Corpus("de-germeval2014-dev", 3), new Corpus("de-hipe2022", 1)), "de-conll2003-testa");
      case "en" -> new Recipe("en", corpora("en-"), "en-uner-ewt-dev");
      case "pl" -> new Recipe("pl", corpora("pl-"), "pl-nkjp-dev");
      case "fr" -> new Recipe("fr", corpora("fr-"), "fr-hipe2022-newseye-dev2");
      default -> throw new IllegalArgumentException("no training recipe for language '" + language + "' (known: de, en, pl, fr)");
    };
  }

  /** The same language and dev set with other corpora: {@code de-germeval2014-dev:3,de-hipe,en-}. */
  Recipe withCorpora(String specs) {
    List<Corpus> chosen = new ArrayList<>();
    for (String spec : specs.split(",")) {
      chosen.add(Corpus.parse(spec.strip()));
    }
    return new Recipe(language, List.copyOf(chosen), devSet);
  }

  private static List<Corpus> corpora(String... prefixes) {
    List<Corpus> list = new ArrayList<>();
    for (String prefix : prefixes) {
      list.add(new Corpus(prefix, 1));
    }
    return List.copyOf(list);
  }

  /** The training files of each corpus, in the recipe's order; a file named by two corpora is read for the first. */
  List<Path> trainingFiles(Path trainDir, Corpus corpus) throws IOException {
    List<Path> files = EntityModelTraining.filesWithPrefix(trainDir, corpus.prefix());
    if (files.isEmpty()) {
      throw new IOException("no training files " + corpus.prefix() + "*.iob2.gz in " + trainDir);
    }
    for (Path f : files) {
      if (setName(f).equals(devSet)) {
        throw new IllegalStateException(f + " is the dev set of " + language + ": it must not be trained on");
      }
    }
    return files;
  }

  static String setName(Path file) {
    return file.getFileName().toString().replaceFirst("\\.iob2\\.gz$", "");
  }
}
