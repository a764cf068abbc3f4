package io.newsflow.ingest.cli;

import io.newsflow.ingest.intake.Article;
import io.newsflow.ingest.intake.Rejection;
import io.newsflow.ingest.intake.Submission;
import io.newsflow.ingest.intake.SubmissionRejectedException;
import io.newsflow.ingest.publisher.ArticlePublisher;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;

/**
 * One pass over the inputs: read, admit, skip ids already sent in this run, send. Sends are
 * asynchronous with a cap on articles in flight, so a large directory neither waits on every
 * acknowledgement nor fills memory faster than Kafka takes it.
 */
final class IngestRun implements InputReader.Sink {
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
    try {
      for (InputFile input : inputs) {
        try {
          reader.read(input, this);
        } catch (IOException e) {
          tally.failed(input.location(), "cannot read: " + e.getMessage());
        }
      }
    } finally {
      publisher.flush();
      inFlight.acquire(MAX_IN_FLIGHT);
      inFlight.release(MAX_IN_FLIGHT);
    }
  }

  @Override
  public void submit(String location, Submission submission, long bytes) throws InterruptedException {
    tally.read(bytes);
    Article article;
    try {
      article = publisher.intake().admit(submission);
    } catch (SubmissionRejectedException e) {
      reject(location, e.rejection());
      return;
    }
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

  @Override
  public void reject(String location, Rejection rejection, long bytes) {
    tally.read(bytes);
    reject(location, rejection);
  }

  private void reject(String location, Rejection rejection) {
    publisher.reportRejection(rejection);
    tally.rejected(rejection.reason().code(), location, rejection.describe());
  }
}
