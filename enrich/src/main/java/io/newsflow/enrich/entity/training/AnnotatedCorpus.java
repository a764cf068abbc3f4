package io.newsflow.enrich.entity.training;

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

/**
 * Reads the corpus format of {@code ../shared/ner} ({@code normalized/} and {@code dev/}): gzipped or plain
 * UTF-8, one {@code token<TAB>tag} per line, IOB2, a blank line between sentences, a
 * {@code -DOCSTART-} line before each document (optional).
 */
final class AnnotatedCorpus {
  private AnnotatedCorpus() {}

  static List<AnnotatedSentence> read(Path file) throws IOException {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      boolean documentStart = true;
      int lineNumber = 0;
      for (String line = reader.readLine(); ; line = reader.readLine()) {
        lineNumber++;
        if (line == null || line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (!tokens.isEmpty()) {
            sentences.add(new AnnotatedSentence(List.copyOf(tokens), List.copyOf(tags), documentStart));
            documentStart = false;
            tokens.clear();
            tags.clear();
          }
          if (line == null) {
            break;
          }
          documentStart |= line.startsWith("-DOCSTART-");
          continue;
        }
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
          throw new IOException(file + ":" + lineNumber + ": expected token<TAB>tag, got '" + line + "'");
        }
        String tag = line.substring(tab + 1).strip();
        if (!tag.equals("O") && !tag.matches("[BI]-(PER|LOC|ORG)")) {
          throw new IOException(file + ":" + lineNumber + ": unknown tag '" + tag + "' (expected O, B-/I-PER|LOC|ORG)");
        }
        tokens.add(line.substring(0, tab));
        tags.add(tag);
      }
    }
    return sentences;
  }
}
