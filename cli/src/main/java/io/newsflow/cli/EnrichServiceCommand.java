package io.newsflow.cli;

import io.newsflow.enrich.topology.EnrichService;
import java.util.concurrent.Callable;
import io.newsflow.service.cli.ConfigOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich-service", mixinStandardHelpOptions = true,
    description = "Runs the enrich stage (news.raw.v1 -> news.enriched.v1) until stopped. Start more to share partitions.")
final class EnrichServiceCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    return ServiceRunner.runUntilStopped(EnrichService.start(config.load()));
  }
}
