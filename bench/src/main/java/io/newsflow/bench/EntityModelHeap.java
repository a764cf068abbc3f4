package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.entity.EntityModel;
import java.util.Locale;

/**
 * {@code EntityModelHeap}: heap retained by an {@link ArticleEnricher} with no entity model and with the
 * configured ones (shipped plus {@code NEWSFLOW_ENTITY_MODELS}), after full collections. The difference
 * is what the models cost a process (docs/entities.md).
 */
public final class EntityModelHeap {
  private EntityModelHeap() {}

  public static void main(String[] args) {
    long base = retained();
    ArticleEnricher rulesOnly = new ArticleEnricher(EntityModel.none());
    long withRules = retained();
    EntityModel models = EntityModel.configured();
    ArticleEnricher withModels = new ArticleEnricher(models);
    // Decode once per language so lazily built per-thread state is counted too.
    for (String language : models.languages()) {
      withModels.enrich("Titel\n\nAm Montag sprach Anna Berg in Berlin mit der Firma Siemens.", "text/plain");
    }
    long all = retained();
    System.out.printf(Locale.ROOT, "models %s: enricher without models %.1f MB, models add %.1f MB%n",
        models.languages(), (withRules - base) / 1e6, (all - withRules) / 1e6);
    // Both must stay reachable until measured.
    java.lang.ref.Reference.reachabilityFence(rulesOnly);
    java.lang.ref.Reference.reachabilityFence(withModels);
  }

  private static long retained() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
