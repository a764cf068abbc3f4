package io.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./newsflow} launcher: one command, a subcommand per job. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    version = "newsflow 0.1.0",
    description = "Event-driven news ingestion and enrichment on Apache Kafka.",
    subcommands = {
        DemoCommand.class,
        StackCommand.class,
        RegistryCommand.class,
        EnrichCommand.class,
        TrainEntitiesCommand.class,
        EnrichServiceCommand.class,
        PublishServiceCommand.class,
        TailCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Newsflow implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Newsflow());
    Subcommands.addOptional(cli);
    // Bad settings are the user's to fix: say which, without a stack trace, and exit 2 like a bad option.
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (!(e instanceof IllegalArgumentException)) {
        throw e;
      }
      command.getErr().println(command.getCommandName() + ": " + e.getMessage());
      command.getErr().flush();
      return 2;
    });
    return cli;
  }
}
