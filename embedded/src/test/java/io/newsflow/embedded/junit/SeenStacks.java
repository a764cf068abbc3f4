package io.newsflow.embedded.junit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.newsflow.embedded.EmbeddedStack;

/** The stacks injected into any test class of this JVM: the extension promises there is only ever one. */
public final class SeenStacks {

    private static final Set<EmbeddedStack> SEEN = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    private SeenStacks() {
    }

    /** Records the stack and returns how many distinct stacks test classes were given so far. */
    public static int record(EmbeddedStack stack) {
        SEEN.add(stack);
        return SEEN.size();
    }
}
