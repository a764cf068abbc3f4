package io.newsflow.embedded;

import io.newsflow.embedded.registry.RegistryServer;
import io.newsflow.embedded.registry.SchemaLog;
import io.newsflow.embedded.registry.SchemaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dev/test schema registry speaking the Confluent REST API subset newsflow uses (AVRO only), keeping its
 * schemas in the compacted {@code _schemas} topic of the given broker, so a restarted registry on the same
 * broker hands out the same ids. Not for production: no auth, no leader election, no schema references.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);

    private final SchemaLog log;
    private final RegistryServer server;
    private boolean closed;

    private EmbeddedSchemaRegistry(SchemaLog log, RegistryServer server) {
        this.log = log;
        this.server = server;
    }

    /** Starts on a free port of 127.0.0.1 with its state in the broker's {@code _schemas} topic. */
    public static EmbeddedSchemaRegistry start(String bootstrapServers) {
        return start(bootstrapServers, SchemaLog.DEFAULT_TOPIC);
    }

    /** As {@link #start(String)}, with a topic of its own: registries on one broker that must not share state. */
    public static EmbeddedSchemaRegistry start(String bootstrapServers, String schemasTopic) {
        QuietLogging.apply();
        SchemaLog log = SchemaLog.open(bootstrapServers, schemasTopic);
        try {
            SchemaStore store = new SchemaStore();
            log.catchUp(store);
            RegistryServer server = RegistryServer.start(store, log, "127.0.0.1", 0);
            EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(log, server);
            LOG.info("Embedded schema registry ready at {} (schemas in topic {})", registry.url(), schemasTopic);
            return registry;
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } finally {
            log.close();
        }
    }
}
