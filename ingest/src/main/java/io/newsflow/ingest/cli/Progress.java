package io.newsflow.ingest.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shows a long run's progress: a bar redrawn in place on a terminal, or a plain line every few
 * seconds when the output goes to a log, where carriage returns would make a mess.
 */
final class Progress implements AutoCloseable {
  private static final int BAR_WIDTH = 24;
  private static final double MB = 1024 * 1024;

  private final PrintWriter err;
  private final boolean terminal;
  private final long totalBytes;
  private final Supplier<RunTally.Snapshot> tally;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private volatile boolean drawn;

  /**
   * @param totalBytes size of all input, or -1 when unknown (stdin)
   * @param interval how often to draw; a few seconds for plain lines
   */
  Progress(PrintWriter err, boolean terminal, long totalBytes, Supplier<RunTally.Snapshot> tally, Duration interval) {
    this.err = err;
    this.terminal = terminal;
    this.totalBytes = totalBytes;
    this.tally = tally;
    this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newsflow-ingest-progress");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(this::draw, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void draw() {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    RunTally.Snapshot now = tally.get();
    if (terminal) {
      err.print("\r" + bar(now, totalBytes, elapsed));
    } else {
      err.println(line(now, totalBytes, elapsed));
    }
    err.flush();
    drawn = true;
  }

  /** E.g. {@code [##########..............]  42%  1234 articles  12.3/29.0 MB  250/s  ETA 0:15}. */
  static String bar(RunTally.Snapshot now, long totalBytes, Duration elapsed) {
    StringBuilder line = new StringBuilder();
    if (totalBytes > 0) {
      double done = Math.min(1.0, now.bytesRead() / (double) totalBytes);
      int filled = (int) Math.round(done * BAR_WIDTH);
      line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(done * 100)));
    }
    line.append(now.articles()).append(" articles  ");
    line.append(megabytes(now.bytesRead()));
    if (totalBytes > 0) {
      line.append('/').append(megabytes(totalBytes));
    }
    line.append(" MB  ").append(rate(now, elapsed)).append("/s");
    String eta = eta(now.bytesRead(), totalBytes, elapsed);
    if (eta != null) {
      line.append("  ETA ").append(eta);
    }
    return String.format(Locale.ROOT, "%-100s", line);
  }

  /** E.g. {@code ingest: 1234 articles (1200 sent, 4 rejected, 0 failed), 12.3 of 29.0 MB, 250 articles/s, ETA 0:15}. */
  static String line(RunTally.Snapshot now, long totalBytes, Duration elapsed) {
    StringBuilder line = new StringBuilder("ingest: ").append(now.articles()).append(" articles (")
        .append(now.sent()).append(" sent, ").append(now.rejected()).append(" rejected, ")
        .append(now.failed()).append(" failed), ").append(megabytes(now.bytesRead()));
    if (totalBytes > 0) {
      line.append(" of ").append(megabytes(totalBytes));
    }
    line.append(" MB, ").append(rate(now, elapsed)).append(" articles/s");
    String eta = eta(now.bytesRead(), totalBytes, elapsed);
    if (eta != null) {
      line.append(", ETA ").append(eta);
    }
    return line.toString();
  }

  static String eta(long bytesRead, long totalBytes, Duration elapsed) {
    if (totalBytes <= 0 || bytesRead <= 0 || elapsed.toMillis() <= 0) {
      return null;
    }
    long remaining = Math.max(0, totalBytes - bytesRead);
    long seconds = Math.round(remaining * (elapsed.toMillis() / 1000.0) / bytesRead);
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  private static String rate(RunTally.Snapshot now, Duration elapsed) {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    return String.valueOf(Math.round(now.articles() / seconds));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / MB);
  }

  /** Stops drawing; on a terminal, ends the bar's line so the summary starts on its own. */
  @Override
  public synchronized void close() {
    ticker.shutdownNow();
    if (terminal && drawn) {
      draw();
      err.println();
      err.flush();
    }
  }
}
