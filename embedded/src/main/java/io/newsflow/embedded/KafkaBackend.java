package io.newsflow.embedded;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the Kafka broker of an {@link EmbeddedStack} runs. Tests choose it with the system property
 * {@value #PROPERTY} or, if that is not set, the environment variable {@value #ENV}: {@code embedded} (the
 * default, and what CI uses) or {@code testcontainers}. The schema registry is the embedded one either way.
 */
public enum KafkaBackend {

    /** {@link EmbeddedKafka}: a KRaft broker in this JVM. Needs nothing but the classpath. */
    EMBEDDED("embedded"),

    /**
     * The official {@code apache/kafka} image in a Docker container, started with Testcontainers. Needs a
     * Docker engine and {@code org.testcontainers:testcontainers-kafka} on the classpath (an optional
     * dependency of newsflow-embedded, so a module's tests must bring it themselves).
     */
    TESTCONTAINERS("testcontainers");

    /** The system property that selects the backend for tests. */
    public static final String PROPERTY = "newsflow.test.kafka";

    /** The environment variable used when {@link #PROPERTY} is not set. */
    public static final String ENV = "NEWSFLOW_TEST_KAFKA";

    private final String value;

    KafkaBackend(String value) {
        this.value = value;
    }

    /** The switch's value for this backend: {@code embedded} or {@code testcontainers}. */
    public String value() {
        return value;
    }

    /** The backend the switch selects in this JVM: the system property, else the environment, else embedded. */
    public static KafkaBackend forTests() {
        return select(System::getProperty, System::getenv);
    }

    /**
     * As {@link #forTests()} with the given lookups; blank counts as unset.
     *
     * @throws IllegalArgumentException for a value that names no backend, saying where it came from
     */
    static KafkaBackend select(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String property = systemProperties.apply(PROPERTY);
        if (property != null && !property.isBlank()) {
            return parse(property, "system property " + PROPERTY);
        }
        String env = environment.apply(ENV);
        if (env != null && !env.isBlank()) {
            return parse(env, "environment variable " + ENV);
        }
        return EMBEDDED;
    }

    private static KafkaBackend parse(String raw, String source) {
        String wanted = raw.trim().toLowerCase(Locale.ROOT);
        for (KafkaBackend backend : values()) {
            if (backend.value.equals(wanted)) {
                return backend;
            }
        }
        throw new IllegalArgumentException("Unknown Kafka backend for tests '" + raw + "' in " + source
                + ": use 'embedded' (the default) or 'testcontainers'");
    }
}
