package io.newsflow.cli;

import io.newsflow.service.runtime.StreamsService;
import java.util.concurrent.CountDownLatch;

/** Runs a Streams service until SIGTERM / Ctrl-C, then closes it cleanly. */
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
    closed.await();
    return 0;
  }
}
