package io.newsflow.embedded.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.KafkaBackend;

/**
 * One {@link EmbeddedStack} per test JVM, started when the first test class using this extension starts,
 * closed when the JUnit root context closes (after the last test), and injected into test method,
 * constructor and {@code @BeforeAll} parameters of type {@link EmbeddedStack}.
 *
 * <p>The broker is shared by every test class in the JVM: give each test its own topic names (and
 * consumer group ids), and create topics before use since the broker does not auto-create them.
 *
 * <p>The broker is the in-process one unless {@code -Dnewsflow.test.kafka=testcontainers} (or the environment
 * variable {@code NEWSFLOW_TEST_KAFKA=testcontainers}) asks for Kafka in a Docker container: see
 * {@link KafkaBackend}. Only this extension reads the switch; {@link EmbeddedStack#start()}, which the demo
 * and {@code ./newsflow stack} use, always runs in-process. Asking for Testcontainers where there is no
 * Docker skips (aborts) every test class using this extension, with a one-line reason naming the switch.
 */
public final class EmbeddedStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EmbeddedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return stack(extensionContext);
    }

    /** The root store is shared by all classes of the run and is closed only when the run ends. */
    private static EmbeddedStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningStack.class, key -> new RunningStack(EmbeddedStack.start(KafkaBackend.forTests())), RunningStack.class)
                .stack();
    }

    /**
     * Holder JUnit closes with the root context: JUnit 5.13+ closes AutoCloseable store values, older
     * versions only CloseableResource ones (deprecated since 5.13), hence both; closing twice is harmless.
     */
    @SuppressWarnings("deprecation")
    private record RunningStack(EmbeddedStack stack)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
