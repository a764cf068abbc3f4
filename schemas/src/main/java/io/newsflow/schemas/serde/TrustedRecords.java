package io.newsflow.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to load classes named by a schema unless they are trusted (a guard against
 * schemas that name arbitrary classes). newsflow's generated records live in one package of its
 * own (and its {@code internal} sub-package for state stores), so those are trusted and nothing else.
 */
public final class TrustedRecords {
  static final String PACKAGE = "io.newsflow.avro";
  private static volatile boolean installed;

  private TrustedRecords() {}

  /** Idempotent; the serdes call it, as must code that deep-copies records before any serde is loaded. */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
        type -> PACKAGE.equals(type.getPackageName()) || type.getPackageName().startsWith(PACKAGE + ".")));
    installed = true;
  }
}
