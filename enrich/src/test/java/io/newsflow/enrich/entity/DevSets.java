package io.newsflow.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;

/** The shipped entity models and the NER dev sets in ../shared, for the tests that pin decoding to OpenNLP. */
final class DevSets {
  static final Path DEV = Path.of("..", "..", "shared", "ner", "dev").toAbsolutePath().normalize();

  private DevSets() {}

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
}
