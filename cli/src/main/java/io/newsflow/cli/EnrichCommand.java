package io.newsflow.cli;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.offline.OfflineEnrichment;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Enriches raw article files without Kafka and writes DIR/NAME.json, the published record as JSON.")
final class EnrichCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write NAME.json files.")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Raw articles: .txt (plain text) or .html.")
  List<Path> files;

  @Override
  public Integer call() {
    return new OfflineEnrichment(new ArticleEnricher(), Clock.systemUTC()).run(out, files, System.err);
  }
}
