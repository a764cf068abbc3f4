package io.newsflow.cli;

import picocli.CommandLine;

/** Subcommands that other modules contribute as picocli commands of their own. */
final class Subcommands {
  private static final String[] CONTRIBUTED = {
      "io.newsflow.ingest.cli.IngestCommand",
      "io.newsflow.ingest.cli.IngestServiceCommand",
  };

  private Subcommands() {}

  static void addOptional(CommandLine cli) {
    for (String className : CONTRIBUTED) {
      try {
        Object command = Class.forName(className).getDeclaredConstructor().newInstance();
        cli.addSubcommand(command);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("launcher is missing the " + className + " command: " + e, e);
      }
    }
  }
}
