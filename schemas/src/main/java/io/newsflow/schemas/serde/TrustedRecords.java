package io.newsflow.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to load classes named by a schema unless they are trusted (a guard against
 * schemas that name arbitrary classes). newsflow's generated records live in one package of its
 * own, so that package is trusted, and nothing else is added.
 */
final class TrustedRecords {
  static final String PACKAGE = "io.newsflow.avro";
  private static volatile boolean installed;

  private TrustedRecords() {}

  static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
        type -> PACKAGE.equals(type.getPackageName())));
    installed = true;
  }
}
