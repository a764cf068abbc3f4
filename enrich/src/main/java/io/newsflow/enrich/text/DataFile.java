package io.newsflow.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the curated word lists shipped in the jar. Lines starting with '#' are comments (each file
 * names its source there); blank lines are ignored. Columns are separated by a TAB.
 */
public final class DataFile {
  private DataFile() {}

  public static List<String> lines(String resource) {
    String path = "/io/newsflow/enrich/" + resource;
    try (InputStream in = DataFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("data file " + path + " is missing from the classpath; rebuild the enrich module");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(Normalizer.normalize(trimmed, Normalizer.Form.NFC));
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + path, e);
    }
  }
}
