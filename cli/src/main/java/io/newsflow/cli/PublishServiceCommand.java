package io.newsflow.cli;

import io.newsflow.publish.PublishService;
import java.util.concurrent.Callable;
import io.newsflow.service.cli.ConfigOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "publish-service", mixinStandardHelpOptions = true,
    description = "Runs the publish stage (news.enriched.v1 -> news.articles.v1, entities, ops metrics) until stopped.")
final class PublishServiceCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    return ServiceRunner.runUntilStopped(PublishService.start(config.load()));
  }
}
