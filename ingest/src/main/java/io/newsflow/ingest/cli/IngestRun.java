package io.newsflow.ingest.cli;

import io.newsflow.ingest.intake.Article;
import io.newsflow.ingest.intake.Rejection;
import io.newsflow.ingest.publisher.ArticlePublisher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;

/**
 * One pass over the inputs: read and admit ({@link Admission}, on its own thread, ahead), skip ids already
 * sent in this run, send. Sends are asynchronous with a cap on articles in flight, so a large directory
 * neither waits on every acknowledgement nor fills memory faster than Kafka takes it. Everything that is
 * counted or reported (tally, ops events, the failed-articles file) happens here, in input order.
 */
final class IngestRun {
  static final int MAX_IN_FLIGHT = 1000;

  private final ArticlePublisher publisher;
  private final InputReader reader;
  private final RunTally tally;
  private final FailedArticles failed;
  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
  // Ids are 32 characters; a million articles keep ~100 MB here, which a run of that size can afford.
  private final Set<String> seen = new HashSet<>();

  IngestRun(ArticlePublisher publisher, InputReader reader, RunTally tally, FailedArticles failed) {
    this.publisher = publisher;
    this.reader = reader;
    this.tally = tally;
    this.failed = failed;
  }

  /** Sends everything and returns once every article is acknowledged or has failed. */
  void run(List<InputFile> inputs) throws InterruptedException {
    try (Admission admission = Admission.start(inputs, reader, publisher.intake())) {
      send(admission);
    }
  }

  /** Sends what an admission already started (before the publisher existed) reads; returns as {@link #run} does. */
  void send(Admission admission) throws InterruptedException {
    try {
      for (Admission.Outcome outcome = admission.next(); outcome != Admission.End.INSTANCE; outcome = admission.next()) {
        if (outcome instanceof Admission.Admitted admitted) {
          send(admitted.location(), admitted.article(), admitted.bytes());
        } else if (outcome instanceof Admission.Refused refused) {
          tally.read(refused.bytes());
          reject(refused.location(), refused.rejection());
        } else if (outcome instanceof Admission.Unreadable unreadable) {
          tally.failed(unreadable.location(), unreadable.description());
        } else if (outcome instanceof Admission.Broke broke) {
          throw unchecked(broke.error());
        }
      }
    } finally {
      publisher.flush();
      inFlight.acquire(MAX_IN_FLIGHT);
      inFlight.release(MAX_IN_FLIGHT);
    }
  }

  private void send(String location, Article article, long bytes) throws InterruptedException {
    tally.read(bytes);
    if (!seen.add(article.id())) {
      publisher.reportDuplicate(article);
      tally.duplicate();
      return;
    }
    inFlight.acquire();
    publisher.send(article).whenComplete((receipt, error) -> {
      try {
        if (error == null) {
          tally.sent();
        } else {
          Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
          failed.add(article);
          tally.failed(location, cause.getMessage());
        }
      } finally {
        inFlight.release();
      }
    });
  }

  private static RuntimeException unchecked(Throwable error) {
    if (error instanceof Error e) {
      throw e;
    }
    return error instanceof RuntimeException e ? e : new IllegalStateException(error);
  }

  private void reject(String location, Rejection rejection) {
    publisher.reportRejection(rejection);
    tally.rejected(rejection.reason().code(), location, rejection.describe());
  }
}
