package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, as a new user runs it: the whole pipeline on the embedded stack. */
class DemoCommandTest {

  @Test
  void runsThePipelineOnTheSamplesAndWritesThePublishedArticles(@TempDir Path out) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      exit = Newsflow.commandLine().execute("demo", "--samples", "../samples", "--out", out.toString());
    } finally {
      System.setOut(original);
    }
    String console = printed.toString(StandardCharsets.UTF_8);
    original.println(console);

    assertThat(exit).isZero();
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("../samples"))) {
      samples = files.toList();
    }
    List<Path> written;
    try (Stream<Path> files = Files.list(out)) {
      written = files.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(written).hasSameSizeAs(samples);
    assertThat(out.resolve("streams-state")).doesNotExist();
    JsonNode article = new ObjectMapper().readTree(out.resolve("de-portal-bahn.json").toFile());
    assertThat(article.get("headline").asText()).isEqualTo("Deutsche Bahn streicht Hunderte Verbindungen im Winterfahrplan");
    assertThat(article.get("version").asInt()).isEqualTo(1);
    assertThat(article.get("times").get("published").isNull()).isFalse();
    assertThat(console)
        .contains("Deutsche Bahn streicht")
        .contains("PUBLISH DUPLICATE      1")
        .contains("PUBLISH PUBLISHED      " + samples.size())
        .contains("news.dlq.v1            1");
  }
}
