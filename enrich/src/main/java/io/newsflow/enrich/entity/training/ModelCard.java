package io.newsflow.enrich.entity.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.util.eval.FMeasure;

/** The card written beside each model: what it learnt from under which licence, how, and how well. */
record ModelCard(Recipe recipe, EntityModelTraining.Settings settings, Map<String, int[]> sets, FMeasure dev,
                 Duration trainingTime, Duration totalTime, long bytes) {

  /** Licences as the corpora's own sources state them (../shared/ner/train/SOURCES.md). */
  static String licence(String set) {
    if (set.startsWith("de-germeval")) {
      return "CC BY 4.0 (Benikova et al., LREC 2014)";
    } else if (set.contains("europeana")) {
      return "CC0 (Europeana Newspapers)";
    } else if (set.contains("hipe2022")) {
      return "CC BY 4.0 (HIPE-2022, Ehrmann et al.)";
    } else if (set.startsWith("pl-nkjp")) {
      return "CC BY 4.0 (NKJP Consortium, Przepiórkowski et al. 2012; earlier distributions said GPL-3.0: docs/entities.md, Licences)";
    } else if (set.startsWith("en-uner")) {
      return "CC BY-SA 4.0 (Universal NER, Mayhew et al. 2024; 2022-12 pre-release file)";
    } else if (set.startsWith("en-wikigold")) {
      return "CC BY 4.0 (Balasuriya et al. 2009)";
    } else if (set.startsWith("en-sec")) {
      return "CC BY 3.0 (Salinas Alvarado et al., ALTA 2015)";
    } else if (set.startsWith("en-btc")) {
      return "CC BY 4.0 (Derczynski et al., COLING 2016)";
    }
    return "unknown: check before shipping";
  }

  /** Why a set whose sources disagree, or whose licence binds the model, is used as it is; null where nothing was decided. */
  static String decision(String set) {
    if (set.startsWith("pl-nkjp")) {
      return "NKJP: earlier distributions of the NE layer (PolDeepNer, SentiOne/opennlp, the nkjp-ner card) state GPL-3.0; "
          + "the licensor, the NKJP Consortium, now offers the subcorpus, texts and annotations, under CC BY 4.0 (IPI PAN's own "
          + "NKJP1M release, nkjp.pl, the consortium's answer of 2026-10). The model is offered under CC BY 4.0 with the "
          + "consortium's attribution (NOTICE); sources and reasoning in docs/entities.md, Licences.";
    } else if (set.startsWith("en-uner")) {
      return "UNER English-EWT is share-alike (CC BY-SA 4.0): a model learnt from it is offered under CC BY-SA 4.0 (NOTICE).";
    }
    return null;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Entity model `").append(recipe.language()).append(".bin`\n\n");
    md.append("Apache OpenNLP 2.5.4 name finder (BIO), types PERSON, PLACE, ORGANISATION. Trained ")
        .append(LocalDate.now(ZoneOffset.UTC)).append(" by `io.newsflow.enrich.entity.training.EntityModelTraining`.\n\n");
    md.append("| training set | sentences | tokens | read | licence |\n|---|---:|---:|---:|---|\n");
    sets.forEach((set, counts) -> md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %d× | %s |%n",
        set, counts[0], counts[1], counts[2], licence(set))));
    md.append(String.format(Locale.ROOT, "%n| parameter | value |%n|---|---|%n| features | %s |%n| algorithm | %s |%n"
            + "| iterations | %d |%n| cutoff | %d |%n| word clusters | %s |%n| token limit per set | %s |%n",
        settings.features(), settings.algorithm(), settings.iterations(), settings.cutoff(),
        settings.clusters() > 0 ? "depth " + settings.clusters() + ", learnt from the training text" : "none",
        settings.tokenLimit() > 0 ? String.valueOf(settings.tokenLimit()) : "none"));
    md.append(String.format(Locale.ROOT, "%nDev set `%s` (sentence level, exact span, micro; never trained on): "
            + "P %.3f, R %.3f, **F1 %.3f**.%n%nTraining %d s (whole run with reading and dev %d s), model %,d bytes.%n",
        recipe.devSet(), dev.getPrecisionScore(), dev.getRecallScore(), dev.getFMeasure(),
        trainingTime.toSeconds(), totalTime.toSeconds(), bytes));
    sets.keySet().stream().map(ModelCard::decision).filter(Objects::nonNull).distinct()
        .forEach(d -> md.append("\nLicence decision: ").append(d).append('\n'));
    return md.toString();
  }
}
