package io.newsflow.embedded;

/**
 * A Kafka broker and a schema registry on it, in this JVM: what {@code ./newsflow demo}, {@code ./newsflow
 * stack} and the integration tests run against. Dev and test only.
 */
public final class EmbeddedStack implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedSchemaRegistry registry;
    private boolean closed;

    private EmbeddedStack(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /** Starts the broker, then the registry on it; if the registry fails the broker is stopped again. */
    public static EmbeddedStack start() {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        try {
            return new EmbeddedStack(kafka, EmbeddedSchemaRegistry.start(kafka.bootstrapServers()));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** Stops the registry, then the broker, and deletes the broker's temp dir. */
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
