package io.newsflow.cli;

import io.newsflow.enrich.entity.training.EntityModelTraining;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-entities", mixinStandardHelpOptions = true,
    description = "Trains the entity model of each language from annotated corpora (token<TAB>IOB2 tag), "
        + "measures it on the language's dev set and writes DIR/<lang>.bin plus its model card DIR/<lang>.md.")
final class TrainEntitiesCommand implements Callable<Integer> {
  @Option(names = "--train", paramLabel = "DIR", defaultValue = "../shared/ner/train/normalized",
      description = "Training corpora, <lang>-<set>.iob2.gz (default: ${DEFAULT-VALUE}).")
  Path train;

  @Option(names = "--dev", paramLabel = "DIR", defaultValue = "../shared/ner/dev",
      description = "Dev sets, never trained on (default: ${DEFAULT-VALUE}).")
  Path dev;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/entity-models",
      description = "Where the models and cards go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--languages", paramLabel = "LIST", defaultValue = "de,en,fr,pl",
      description = "Comma-separated languages (default: ${DEFAULT-VALUE}).")
  String languages;

  @Option(names = "--setting", paramLabel = "KEY=VALUE",
      description = "Experiment setting: features, algorithm, iterations, cutoff, clusters, token-limit, "
          + "corpora (PREFIX[:TIMES],... e.g. de-germeval2014-dev:3,en-).")
  List<String> settings = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    for (Path folder : List.of(train, dev)) {
      if (!java.nio.file.Files.isDirectory(folder)) {
        System.err.println("train-entities: no folder " + folder.toAbsolutePath().normalize() + " (the defaults are "
            + "relative to the checkout, with ../shared beside it; pass --train DIR and --dev DIR to train elsewhere)");
        return 2;
      }
    }
    List<String> args = new ArrayList<>(List.of("--train", train.toString(), "--dev", dev.toString(),
        "--out", out.toString(), "--languages", languages));
    for (String setting : settings) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        System.err.println("train-entities: --setting needs KEY=VALUE, got " + setting);
        return 2;
      }
      args.add("--" + setting.substring(0, eq));
      args.add(setting.substring(eq + 1));
    }
    EntityModelTraining.run(args.toArray(new String[0]));
    return 0;
  }
}
