package io.newsflow.ingest.cli;

import io.newsflow.ingest.intake.Article;
import io.newsflow.ingest.intake.Intake;
import io.newsflow.ingest.intake.Rejection;
import io.newsflow.ingest.intake.Submission;
import io.newsflow.ingest.intake.SubmissionRejectedException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads and admits the inputs on a thread of its own, one input after the other, while the run sends what
 * was admitted before: reading, decoding, the words check and the id digest are most of ingest's work per
 * article, and the Kafka producer's own (serializing, compressing) can go on beside them. It also starts
 * while the producer is still being created. The outcomes come out in the order of the inputs, so versions
 * of one article are sent in the order they were read, and the run reports everything as it did when it
 * did both in one thread. Bounded by count and bytes, so a fast disk does not fill memory ahead of Kafka.
 */
final class Admission implements AutoCloseable {
  /** What became of one submission or input, in input order. */
  sealed interface Outcome permits Admitted, Refused, Unreadable, Broke, End {}

  record Admitted(String location, Article article, long bytes) implements Outcome {}

  record Refused(String location, Rejection rejection, long bytes) implements Outcome {}

  /** An input that could not be read at all (an I/O error); what it held before that has come out already. */
  record Unreadable(String location, String description) implements Outcome {}

  /** The reading thread failed unexpectedly; the run stops with this error, as it did before the thread. */
  record Broke(Throwable error) implements Outcome {}

  /** Every input has been read. */
  enum End implements Outcome { INSTANCE }

  static final int MAX_QUEUED = 4096;
  static final int MAX_QUEUED_BYTES = 16 * 1024 * 1024;

  private final BlockingQueue<Outcome> queue;
  private final Semaphore queuedBytes;
  private final int maxQueuedBytes;
  private final Thread thread;

  private Admission(List<InputFile> inputs, InputReader reader, Intake intake, int maxQueued, int maxQueuedBytes) {
    this.queue = new ArrayBlockingQueue<>(maxQueued);
    this.maxQueuedBytes = maxQueuedBytes;
    this.queuedBytes = new Semaphore(maxQueuedBytes);
    this.thread = new Thread(() -> readAll(inputs, reader, intake), "newsflow-ingest-admission");
    this.thread.setDaemon(true);
  }

  static Admission start(List<InputFile> inputs, InputReader reader, Intake intake) {
    return start(inputs, reader, intake, MAX_QUEUED, MAX_QUEUED_BYTES);
  }

  static Admission start(List<InputFile> inputs, InputReader reader, Intake intake, int maxQueued, int maxQueuedBytes) {
    Admission admission = new Admission(inputs, reader, intake, maxQueued, maxQueuedBytes);
    admission.thread.start();
    return admission;
  }

  /** The next outcome, waiting for it; {@link End#INSTANCE} after the last. */
  Outcome next() throws InterruptedException {
    Outcome outcome = queue.take();
    if (outcome instanceof Admitted admitted) {
      queuedBytes.release(permits(admitted.bytes()));
    }
    return outcome;
  }

  /** Outcomes read ahead and not yet taken. */
  int queued() {
    return queue.size();
  }

  /** Whether the reading thread is still at work (or waiting to hand an outcome over). */
  boolean reading() {
    return thread.isAlive();
  }

  /** Stops reading when the run ends early (the producer could not start, the run was interrupted). */
  @Override
  public void close() {
    thread.interrupt();
  }

  private void readAll(List<InputFile> inputs, InputReader reader, Intake intake) {
    try {
      InputReader.Sink sink = new InputReader.Sink() {
        @Override
        public void submit(String location, Submission submission, long bytes) throws InterruptedException {
          Outcome outcome;
          try {
            outcome = new Admitted(location, intake.admit(submission), bytes);
          } catch (SubmissionRejectedException e) {
            outcome = new Refused(location, e.rejection(), bytes);
          }
          put(outcome);
        }

        @Override
        public void reject(String location, Rejection rejection, long bytes) {
          try {
            put(new Refused(location, rejection, bytes));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
      for (InputFile input : inputs) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
        try {
          reader.read(input, sink);
        } catch (IOException e) {
          put(new Unreadable(input.location(), "cannot read: " + e.getMessage()));
        }
      }
      put(End.INSTANCE);
    } catch (InterruptedException e) {
      // closed: nobody takes outcomes any more
    } catch (RuntimeException | Error e) {
      try {
        put(new Broke(e));
      } catch (InterruptedException closed) {
        // closed while failing: nobody to tell
      }
    }
  }

  private void put(Outcome outcome) throws InterruptedException {
    if (outcome instanceof Admitted admitted) {
      queuedBytes.acquire(permits(admitted.bytes()));
    }
    queue.put(outcome);
  }

  /** An article larger than the whole bound takes all of it, so it still goes through, alone. */
  private int permits(long bytes) {
    return (int) Math.max(0, Math.min(bytes, maxQueuedBytes));
  }
}
