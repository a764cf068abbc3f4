package io.newsflow.ingest.cli;

import io.newsflow.ingest.envelope.EnvelopeWriter;
import io.newsflow.ingest.intake.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Articles Kafka did not take in this run, kept as JSON Lines envelopes so that
 * {@code newsflow ingest FILE} sends exactly them again (same ids, so nothing is doubled downstream).
 * The file is created on the first failure only: a run where everything went leaves nothing behind.
 */
final class FailedArticles implements AutoCloseable {
  private final Path file;
  private BufferedWriter writer;
  private long written;
  private IOException problem;

  FailedArticles(Path file) {
    this.file = file;
  }

  /** Called from producer callbacks; an I/O problem is kept for the summary, not thrown at the producer. */
  synchronized void add(Article article) {
    if (problem != null) {
      return;
    }
    try {
      if (writer == null) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
      writer.write(EnvelopeWriter.line(article));
      writer.write('\n');
      written++;
    } catch (IOException e) {
      problem = e;
    }
  }

  Path file() {
    return file;
  }

  synchronized long written() {
    return written;
  }

  /** Why failed articles could not be kept, or null. */
  synchronized IOException problem() {
    return problem;
  }

  @Override
  public synchronized void close() {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        if (problem == null) {
          problem = e;
        }
      }
    }
  }
}
