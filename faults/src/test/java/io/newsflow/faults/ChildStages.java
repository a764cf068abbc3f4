package io.newsflow.faults;

import io.newsflow.schemas.config.NewsflowConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** {@link StageProcess} in a child JVM on this test's classpath, to be killed with {@code kill -9}. */
final class ChildStages implements AutoCloseable {
  private final Process process;
  private final Path log;

  private ChildStages(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts the child and waits until it says both its stages are RUNNING. */
  static ChildStages start(NewsflowConfig config, Path dir) throws Exception {
    Files.createDirectories(dir);
    Path configFile = dir.resolve("child.properties");
    Properties props = new Properties();
    props.putAll(config.asMap());
    try (var out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
      props.store(out, "fault suite child JVM");
    }
    Path log = dir.resolve("child.log");
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"),
        StageProcess.class.getName(), configFile.toString(), dir.resolve("state").toString()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    ChildStages child = new ChildStages(process, log);
    try {
      child.awaitLine(StageProcess.RUNNING, Duration.ofMinutes(2));
    } catch (Exception | AssertionError e) {
      child.close();
      throw e;
    }
    return child;
  }

  /** {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux; returns once the JVM is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the child JVM did not die within 30 s of SIGKILL");
    }
  }

  private void awaitLine(String line, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(log) || !Files.readString(log, StandardCharsets.ISO_8859_1).contains(line)) {
      if (!process.isAlive()) {
        throw new AssertionError("the child JVM exited with " + process.exitValue() + ":\n" + tail());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the child JVM did not print '" + line + "' within " + timeout + ":\n" + tail());
      }
      Thread.sleep(200);
    }
  }

  private String tail() throws IOException {
    if (!Files.exists(log)) {
      return "(no output)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
