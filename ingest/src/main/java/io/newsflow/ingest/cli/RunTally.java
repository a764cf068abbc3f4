package io.newsflow.ingest.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What happened so far in one ingest run; updated from the reading thread and producer callbacks. */
final class RunTally {
  /** One article that did not make it, and where it came from. */
  record Problem(String location, String description) {}

  static final int PROBLEMS_KEPT = 20;

  private final LongAdder sent = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder skippedFiles = new LongAdder();
  private final AtomicLong bytesRead = new AtomicLong();
  private final Map<String, LongAdder> rejectedByReason = new ConcurrentHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  void sent() {
    sent.increment();
  }

  void rejected(String reasonCode, String location, String description) {
    rejectedByReason.computeIfAbsent(reasonCode, k -> new LongAdder()).increment();
    keep(new Problem(location, description));
  }

  void failed(String location, String description) {
    failed.increment();
    keep(new Problem(location, description));
  }

  void duplicate() {
    duplicates.increment();
  }

  void skippedFile() {
    skippedFiles.increment();
  }

  void read(long bytes) {
    bytesRead.addAndGet(bytes);
  }

  private synchronized void keep(Problem problem) {
    if (problems.size() < PROBLEMS_KEPT) {
      problems.add(problem);
    }
  }

  Snapshot snapshot() {
    Map<String, Long> byReason = new TreeMap<>();
    rejectedByReason.forEach((reason, count) -> byReason.put(reason, count.sum()));
    List<Problem> kept;
    synchronized (this) {
      kept = List.copyOf(problems);
    }
    return new Snapshot(sent.sum(), byReason, failed.sum(), duplicates.sum(), skippedFiles.sum(), bytesRead.get(), kept);
  }

  record Snapshot(long sent, Map<String, Long> rejectedByReason, long failed, long duplicates, long skippedFiles,
      long bytesRead, List<Problem> problems) {
    long rejected() {
      return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    long articles() {
      return sent + rejected() + failed + duplicates;
    }
  }
}
