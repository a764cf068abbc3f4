package io.newsflow.embedded.registry;

import java.util.Locale;

/** Confluent's compatibility levels; BACKWARD is the default, as in Confluent Schema Registry. */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    final boolean newReadsOld;
    final boolean oldReadsNew;
    final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    /** Accepts any case, as Confluent does; anything else is a 422 with error code 42203. */
    public static CompatibilityLevel parse(String text) {
        if (text == null) {
            throw RegistryException.invalidCompatibilityLevel("null");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryException.invalidCompatibilityLevel(text);
        }
    }
}
