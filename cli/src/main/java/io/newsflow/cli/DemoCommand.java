package io.newsflow.cli;

import io.newsflow.avro.NewsArticle;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.publish.PublishService;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.json.RecordJson;
import io.newsflow.service.runtime.StreamsService;
import io.newsflow.service.topics.NewsTopics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Starts a local Kafka broker and schema registry, sends the sample articles through ingest, "
        + "enrich and publish, prints what was published and writes it as JSON.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
      description = "Folder of raw articles (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the published records (default: newsflow-out/demo-TIME).")
  Path out;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "90",
      description = "How long to wait for the published articles (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintStream console = System.out;
    List<Path> files = sampleFiles();
    Path outDir = out != null ? out
        : Path.of("newsflow-out", "demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    console.println("newsflow demo: starting Kafka (KRaft) and the schema registry in this process ...");
    try (EmbeddedStack stack = EmbeddedStack.start()) {
      console.println("  bootstrap.servers   " + stack.bootstrapServers());
      console.println("  schema.registry.url " + stack.schemaRegistryUrl());
      Path stateDir = Files.createDirectories(outDir.resolve("streams-state"));
      NewsflowConfig config = LocalStack.config(stack, Map.of("state.dir", stateDir.toString()));
      NewsTopics topics = NewsTopics.from(config);
      boolean complete;
      try (StreamsService enrich = EnrichService.start(config);
           StreamsService publish = PublishService.start(config)) {
        enrich.awaitRunning(Duration.ofSeconds(60));
        publish.awaitRunning(Duration.ofSeconds(60));
        console.println("  enrich and publish stages RUNNING (exactly-once)");

        DemoTraffic.Sent sent = DemoTraffic.send(config, topics, files, console);
        List<NewsArticle> published = DemoTraffic.awaitPublished(config, topics, sent.distinctArticles(),
            Duration.ofSeconds(timeoutSeconds));
        writeAndPrint(published, outDir, console);
        DemoTraffic.printOpsSummary(config, topics, console);
        complete = published.size() >= sent.distinctArticles();
        if (!complete) {
          console.println("Only " + published.size() + " of " + sent.distinctArticles() + " articles were published in time.");
        }
      } finally {
        // Runs after both services are closed (try-with-resources closes first), success or not.
        deleteRecursively(stateDir);
      }
      return complete ? 0 : 1;
    }
  }

  private List<Path> sampleFiles() throws IOException {
    if (!Files.isDirectory(samples)) {
      throw new IllegalArgumentException("no sample folder at " + samples.toAbsolutePath() + " (use --samples DIR)");
    }
    try (Stream<Path> listing = Files.list(samples)) {
      return listing.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void writeAndPrint(List<NewsArticle> published, Path outDir, PrintStream console) throws IOException {
    Files.createDirectories(outDir);
    console.println();
    console.printf("%-4s %-8s %-60s %8s %8s %7s%n", "lang", "version", "headline", "entities", "credits", "quotes");
    for (NewsArticle article : published) {
      console.printf("%-4s %-8d %-60s %8d %8d %7d%n",
          article.getLanguage() == null ? "?" : article.getLanguage(), article.getVersion(),
          abbreviate(article.getHeadline(), 60), article.getEntities().size(), article.getImages().size(),
          article.getQuotes().size());
      Files.writeString(outDir.resolve(fileName(article)), RecordJson.toPrettyJson(article), StandardCharsets.UTF_8);
    }
    console.println();
    console.println("Published records written as JSON to " + outDir.toAbsolutePath());
  }

  /** The Streams state only matters while the demo runs; the folder keeps just the published JSON. */
  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static String fileName(NewsArticle article) {
    String sourceId = article.getSource().getSourceId();
    String base = sourceId != null ? sourceId.replaceAll("\\.[^.]+$", "") : article.getId();
    return base.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
