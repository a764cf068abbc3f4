package io.newsflow.enrich.entity.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one language's model learns from and where it is measured. German also reads the English
 * corpora: capitalised common nouns make German names hard to learn from 280k tokens alone, and the
 * calibration in ../shared/ner/README.md found de + en better than de alone (0.424 vs 0.355). Polish
 * does not: its many capitalised inflected names turn German nouns into names. French (historic OCR
 * newspapers on both sides) learns from French alone.
 */
record Recipe(String language, List<String> trainingPrefixes, String devSet) {
  static Recipe of(String language) {
    return switch (language) {
      case "de" -> new Recipe("de", List.of("de-", "en-"), "de-conll2003-testa");
      case "en" -> new Recipe("en", List.of("en-"), "en-uner-ewt-dev");
      case "pl" -> new Recipe("pl", List.of("pl-"), "pl-nkjp-dev");
      case "fr" -> new Recipe("fr", List.of("fr-"), "fr-hipe2022-newseye-dev2");
      default -> throw new IllegalArgumentException("no training recipe for language '" + language + "' (known: de, en, pl, fr)");
    };
  }

  List<Path> trainingFiles(Path trainDir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String prefix : trainingPrefixes) {
      files.addAll(EntityModelTraining.filesWithPrefix(trainDir, prefix));
    }
    if (files.isEmpty()) {
      throw new IOException("no training files " + trainingPrefixes + "*.iob2.gz in " + trainDir);
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
