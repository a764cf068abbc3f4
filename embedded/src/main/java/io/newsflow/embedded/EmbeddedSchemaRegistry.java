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
 *
 * <p>For fault tests it can be {@link #stop() stopped} (clients then get connection refused) and
 * {@link #start() started} again on the same port, replaying its topic like a restarted process.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);

    private final String bootstrapServers;
    private final String schemasTopic;
    private final int port;
    private Running running;
    private boolean closed;

    private record Running(SchemaLog log, RegistryServer server) {
        void close() {
            try {
                server.close();
            } finally {
                log.close();
            }
        }
    }

    private EmbeddedSchemaRegistry(String bootstrapServers, String schemasTopic, Running running) {
        this.bootstrapServers = bootstrapServers;
        this.schemasTopic = schemasTopic;
        this.running = running;
        this.port = running.server().port();
    }

    /** Starts on a free port of 127.0.0.1 with its state in the broker's {@code _schemas} topic. */
    public static EmbeddedSchemaRegistry start(String bootstrapServers) {
        return start(bootstrapServers, SchemaLog.DEFAULT_TOPIC);
    }

    /** As {@link #start(String)}, with a topic of its own: registries on one broker that must not share state. */
    public static EmbeddedSchemaRegistry start(String bootstrapServers, String schemasTopic) {
        QuietLogging.apply();
        EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(bootstrapServers, schemasTopic,
                run(bootstrapServers, schemasTopic, 0));
        LOG.info("Embedded schema registry ready at {} (schemas in topic {})", registry.url(), schemasTopic);
        return registry;
    }

    private static Running run(String bootstrapServers, String schemasTopic, int port) {
        SchemaLog log = SchemaLog.open(bootstrapServers, schemasTopic);
        try {
            SchemaStore store = new SchemaStore();
            log.catchUp(store);
            return new Running(log, RegistryServer.start(store, log, "127.0.0.1", port));
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }

    /** The same address before and after a {@link #stop()} and {@link #start()}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Whether it answers requests: started and neither stopped nor closed. */
    public synchronized boolean isRunning() {
        return running != null && !closed;
    }

    /**
     * Stops answering: the HTTP port is closed (clients get connection refused) and the schemas are no
     * longer read; the topic keeps them for {@link #start()}.
     *
     * @throws IllegalStateException when already stopped or closed
     */
    public synchronized void stop() {
        requireOpen();
        if (running == null) {
            throw new IllegalStateException("Schema registry at " + url() + " is already stopped");
        }
        Running stopping = running;
        running = null;
        stopping.close();
        LOG.info("Embedded schema registry at {} stopped", url());
    }

    /**
     * Starts a stopped registry again on its port: it replays its schemas topic first, so every id it
     * handed out before resolves to the same schema.
     *
     * @throws IllegalStateException when running or closed
     */
    public synchronized void start() {
        requireOpen();
        if (running != null) {
            throw new IllegalStateException("Schema registry at " + url() + " is running; stop() it first");
        }
        running = run(bootstrapServers, schemasTopic, port);
        LOG.info("Embedded schema registry restarted at {}", url());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Schema registry at " + url() + " is closed");
        }
    }
}
