package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichCommandTest {

  @Test
  void writesOneJsonPerReadableFileAndFailsForTheUnreadableOne(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("pred");
    Path missing = dir.resolve("missing.txt");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
      exit = Newsflow.commandLine().execute("enrich", "--out", out.toString(),
          "../samples/en-wire-summit.txt", missing.toString());
    } finally {
      System.setErr(original);
    }

    assertThat(exit).isNotZero();
    assertThat(Files.readString(out.resolve("en-wire-summit.json")))
        .contains("\"headline\":\"G7 finance ministers back new rules for global shipping emissions\"");
    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("missing.txt");
  }
}
