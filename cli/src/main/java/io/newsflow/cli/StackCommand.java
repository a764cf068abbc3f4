package io.newsflow.cli;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.topics.NewsTopics;
import io.newsflow.service.topics.TopicSetup;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stack", mixinStandardHelpOptions = true,
    description = "Runs a local Kafka broker (KRaft) and schema registry in this process until Ctrl-C, "
        + "and writes their addresses to a properties file the services read with --config.")
final class StackCommand implements Callable<Integer> {
  @Option(names = "--write-config", paramLabel = "FILE", defaultValue = "newsflow-stack.properties",
      description = "Where to write bootstrap.servers and schema.registry.url (default: ${DEFAULT-VALUE}).")
  Path configFile;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    out.println("Starting Kafka (KRaft) and the schema registry ...");
    EmbeddedStack stack = EmbeddedStack.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stack.close();
      stopped.countDown();
    }, "newsflow-stack-shutdown"));
    NewsflowConfig config = LocalStack.config(stack, Map.of());
    TopicSetup.ensure(config.kafkaClientProperties(), NewsTopics.from(config).specs(), (short) 1);
    Files.writeString(configFile, LocalStack.properties(stack), StandardCharsets.UTF_8);
    out.println("bootstrap.servers=" + stack.bootstrapServers());
    out.println("schema.registry.url=" + stack.schemaRegistryUrl());
    out.println("Wrote " + configFile.toAbsolutePath() + "; in another terminal: ./newsflow enrich-service --config "
        + configFile + "  (Ctrl-C here stops the stack)");
    stopped.await();
    return 0;
  }
}
