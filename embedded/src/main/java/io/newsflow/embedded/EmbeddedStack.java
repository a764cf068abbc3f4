package io.newsflow.embedded;

import java.lang.reflect.InvocationTargetException;

/**
 * A Kafka broker and a schema registry on it: what {@code ./newsflow demo}, {@code ./newsflow stack} and the
 * integration tests run against. Dev and test only.
 *
 * <p>{@link #start()} runs both in this JVM. {@link #start(KafkaBackend)} can put the broker in a Docker
 * container instead (Testcontainers); the registry is always the embedded one, in this JVM.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.kafka.KafkaContainer";
    private static final String CONTAINER_BROKER_CLASS = "io.newsflow.embedded.TestcontainersKafka";

    private final KafkaBackend backend;
    private final KafkaBroker kafka;
    private final EmbeddedKafka embeddedKafka;
    private final EmbeddedSchemaRegistry registry;
    private boolean closed;

    private EmbeddedStack(KafkaBackend backend, KafkaBroker kafka, EmbeddedKafka embeddedKafka,
                          EmbeddedSchemaRegistry registry) {
        this.backend = backend;
        this.kafka = kafka;
        this.embeddedKafka = embeddedKafka;
        this.registry = registry;
    }

    /** Starts the embedded broker, then the registry on it; if the registry fails the broker is stopped again. */
    public static EmbeddedStack start() {
        return start(KafkaBackend.EMBEDDED);
    }

    /**
     * Starts a broker on the given backend, then the registry on it; if the registry fails the broker is
     * stopped again.
     *
     * @throws IllegalStateException for {@link KafkaBackend#TESTCONTAINERS} when Testcontainers is not on
     *     the classpath (the message names the switch); where it finds no Docker, JUnit's TestAbortedException
     *     (the test is skipped, with the reason)
     */
    public static EmbeddedStack start(KafkaBackend backend) {
        EmbeddedKafka embeddedKafka = backend == KafkaBackend.EMBEDDED ? EmbeddedKafka.start() : null;
        KafkaBroker kafka = embeddedKafka != null ? embedded(embeddedKafka) : startContainer();
        try {
            return new EmbeddedStack(backend, kafka, embeddedKafka, EmbeddedSchemaRegistry.start(kafka.bootstrapServers()));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    private static KafkaBroker embedded(EmbeddedKafka kafka) {
        return new KafkaBroker() {
            @Override
            public String bootstrapServers() {
                return kafka.bootstrapServers();
            }

            @Override
            public void close() {
                kafka.close();
            }
        };
    }

    /**
     * Testcontainers is an optional dependency: look it up, and the class that uses it, by name, so that
     * nothing of it is loaded unless asked for and its absence gives a message rather than a NoClassDefFoundError.
     */
    private static KafkaBroker startContainer() {
        ClassLoader loader = EmbeddedStack.class.getClassLoader();
        try {
            Class.forName(TESTCONTAINERS_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(KafkaBackend.PROPERTY + "=testcontainers needs "
                    + "org.testcontainers:testcontainers-kafka on the test classpath (an optional dependency of "
                    + "newsflow-embedded): add it with test scope, or set " + KafkaBackend.PROPERTY + "=embedded", e);
        }
        try {
            return (KafkaBroker) Class.forName(CONTAINER_BROKER_CLASS, true, loader)
                    .getDeclaredMethod("start").invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start " + CONTAINER_BROKER_CLASS, e);
        }
    }

    /** Where the broker runs. */
    public KafkaBackend kafkaBackend() {
        return backend;
    }

    /** {@code 127.0.0.1:PORT} for the embedded broker; Testcontainers' host and mapped port for a container. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    /**
     * The in-process broker, for fault tests ({@link EmbeddedKafka#halt()}, {@link EmbeddedKafka#restart()}).
     * Halting the shared stack of {@code EmbeddedStackExtension} would disturb every other test class of the
     * JVM: such tests start a stack of their own.
     *
     * @throws IllegalStateException when the broker runs in a container
     */
    public EmbeddedKafka kafka() {
        if (embeddedKafka == null) {
            throw new IllegalStateException("The broker of this stack runs on " + backend.value()
                    + "; halt() and restart() exist for the embedded broker only");
        }
        return embeddedKafka;
    }

    /** The registry, for fault tests ({@link EmbeddedSchemaRegistry#stop()}, {@link EmbeddedSchemaRegistry#start()}). */
    public EmbeddedSchemaRegistry registry() {
        return registry;
    }

    /** Stops the registry, then the broker (deleting the embedded broker's temp dir, or the container). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            registry.close();
        } finally {
            kafka.close();
        }
    }
}
