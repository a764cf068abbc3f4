package io.newsflow.cli;

import io.newsflow.ingest.intake.Submission;
import io.newsflow.ingest.publisher.ArticlePublisher;
import io.newsflow.ingest.publisher.Receipt;
import io.newsflow.schemas.config.NewsflowConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Sends sample files the way a newsroom Java system would: through the ingest Java API. */
final class DemoIngest {
  static final String SOURCE = "samples";

  private DemoIngest() {}

  /** @return how many distinct articles were acknowledged by the broker */
  static int sendFiles(NewsflowConfig config, List<Path> files, PrintStream console) throws IOException {
    try (ArticlePublisher publisher = ArticlePublisher.create(config)) {
      List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
      for (Path file : files) {
        receipts.add(publisher.send(Submission.builder()
            .source(SOURCE)
            .sourceId(file.getFileName().toString())
            .contentType(contentType(file))
            .body(Files.readAllBytes(file))
            .build()));
      }
      return (int) receipts.stream().map(CompletableFuture::join).map(Receipt::articleId).distinct().count();
    }
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
  }
}
