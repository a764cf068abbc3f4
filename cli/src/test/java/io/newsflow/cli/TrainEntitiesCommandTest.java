package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainEntitiesCommandTest {

  private static String errorsOf(String... args) {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream original = System.err;
    try {
      System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
      assertThat(Newsflow.commandLine().execute(args)).isEqualTo(2);
    } finally {
      System.setErr(original);
    }
    return errors.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMissingTrainingFolderIsNamedNotAStackTrace(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("no-such-corpora");
    Files.createDirectories(dir.resolve("dev"));
    String errors = errorsOf("train-entities", "--train", missing.toString(), "--dev", dir.resolve("dev").toString(),
        "--out", dir.resolve("out").toString(), "--languages", "de");
    assertThat(errors).contains("no folder " + missing).contains("--train DIR").doesNotContain("Exception");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingDevFolderToo(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("train"));
    String errors = errorsOf("train-entities", "--train", dir.resolve("train").toString(), "--dev", dir.resolve("gone").toString(),
        "--languages", "de");
    assertThat(errors).contains("no folder " + dir.resolve("gone"));
  }

  @Test
  void aSettingWithoutValueIsRefused(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("train"));
    Files.createDirectories(dir.resolve("dev"));
    String errors = errorsOf("train-entities", "--train", dir.resolve("train").toString(), "--dev", dir.resolve("dev").toString(),
        "--setting", "iterations");
    assertThat(errors).contains("--setting needs KEY=VALUE");
  }
}
