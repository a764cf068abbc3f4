package io.newsflow.enrich.entity;

import java.util.List;

/**
 * The list-and-rule layers' reading of a sentence, handed to the entity model as features: a token
 * inside a name the gazetteer or a rule found gets {@code rule=PLACE} (plus {@code rule=PLACE-B} on the first
 * token). The model learns from the training corpora how far to trust each reading, so the lists inform
 * the decision instead of making it. Training and inference call this same function.
 */
public final class RuleOpinion {
  private static final String[] NONE = new String[0];

  private RuleOpinion() {}

  /** Features per token of {@code tokens[from..to)}. */
  public static String[][] of(List<NameToken> tokens, int from, int to, List<Entity> ruleEntities) {
    String[][] context = new String[to - from][];
    for (int k = from; k < to; k++) {
      context[k - from] = NONE;
    }
    if (to == from) {
      return context;
    }
    int first = tokens.get(from).start();
    int last = tokens.get(to - 1).end();
    for (Entity entity : ruleEntities) {
      for (Mention m : entity.mentions()) {
        if (m.end() <= first || m.start() >= last) {
          continue;
        }
        String type = entity.type().name();
        for (int k = from; k < to; k++) {
          NameToken t = tokens.get(k);
          if (t.start() >= m.start() && t.end() <= m.end()) {
            context[k - from] = t.start() == m.start()
                ? new String[] {"rule=" + type, "rule=" + type + "-B"}
                : new String[] {"rule=" + type};
          }
        }
      }
    }
    return context;
  }
}
