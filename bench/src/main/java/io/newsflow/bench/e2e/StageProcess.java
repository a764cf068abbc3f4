package io.newsflow.bench.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StageMain} child JVM: its {@code BENCH} lines come back as messages, everything else it
 * prints goes to its log file.
 */
final class StageProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  final long startedNanos = System.nanoTime();

  private StageProcess(String name, Process process, Path log) throws IOException {
    this.name = name;
    this.process = process;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    PrintWriter logFile = new PrintWriter(Files.newBufferedWriter(log), true);
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          if (line.startsWith("BENCH ")) {
            messages.add(line.substring(6));
          } else {
            logFile.println(line);
          }
        }
      } catch (IOException e) {
        logFile.println("output lost: " + e);
      } finally {
        logFile.close();
        messages.add("exited");
      }
    }, "bench-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code StageMain args} with the benchmark's own classpath and the given JVM options. */
  static StageProcess start(String name, List<String> jvmOptions, Path logDir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // {stage} in an option (a JFR file name) becomes this stage's name.
    jvmOptions.forEach(option -> command.add(option.replace("{stage}", name)));
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StageMain.class.getName());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      return new StageProcess(name, process, logDir.resolve(name + ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start stage " + name, e);
    }
  }

  String name() {
    return name;
  }

  /** Waits for a message starting with {@code word}; fails if the stage exits or says nothing in time. */
  String await(String word, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String message = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (message == null) {
        throw new IllegalStateException(name + ": no '" + word + "' within " + timeout + " (see its log)");
      }
      if (message.startsWith(word)) {
        return message;
      }
      if (message.equals("exited")) {
        throw new IllegalStateException(name + " exited before '" + word + "' (see its log)");
      }
    }
  }

  /** Asks the stage for its figures and to stop; returns the figures. */
  Map<String, Long> stop() throws InterruptedException {
    commands.println("stop");
    return parse(await("stats", Duration.ofSeconds(60)));
  }

  /** Starts a CPU lap: the stage's CPU from now on. */
  void mark() throws InterruptedException {
    commands.println("mark");
    await("marked", Duration.ofSeconds(30));
  }

  /** CPU milliseconds since {@link #mark()}: {@code cpuMs} in all, and by kind of thread ({@code streamMs}, ...). */
  Map<String, Long> lap() throws InterruptedException {
    commands.println("lap");
    return parse(await("lap", Duration.ofSeconds(30)));
  }

  /** For stages that run to completion (ingest): waits for their figures. */
  Map<String, Long> awaitStats(Duration timeout) throws InterruptedException {
    return parse(await("stats", timeout));
  }

  static Map<String, Long> parse(String stats) {
    Map<String, Long> figures = new HashMap<>();
    for (String pair : stats.split(" ")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        figures.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
      }
    }
    return figures;
  }

  @Override
  public void close() throws InterruptedException {
    commands.close();
    if (!process.waitFor(40, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
