package io.newsflow.cli;

import io.newsflow.service.runtime.StreamsService;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a Streams service until SIGTERM / Ctrl-C, then closes it cleanly. A service that stops itself
 * (its stream threads failed past their bound) ends the process with exit code 1, so a supervisor
 * restarts it or raises the alarm.
 */
final class ServiceRunner {
  private ServiceRunner() {}

  static int runUntilStopped(StreamsService service) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      service.close();
      closed.countDown();
    }, "newsflow-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    service.awaitStop();
    if (service.stoppedByFailure()) {
      System.err.println("The stage stopped: its stream threads kept failing (see the log above).");
      service.close();
      return 1;
    }
    closed.await();
    return 0;
  }
}
