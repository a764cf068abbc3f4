package io.newsflow.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode, running in this JVM: one node that is both broker and
 * controller, listening on 127.0.0.1 only, with its log directory in a temp dir deleted on close.
 *
 * <p>For fault tests the node can be {@link #halt() halted} and {@link #restart() restarted} on the same
 * log dir and ports: clients keep their bootstrap address, and what was committed before the halt is there
 * after it.
 *
 * <p>Topics are NOT auto-created ({@code auto.create.topics.enable=false}), as in production: a test or the
 * demo creates its topics with the Admin client first. New topics default to 3 partitions. Replication
 * factors and min ISR of the internal topics are 1, so transactions (exactly-once Streams) work on the
 * single node. Dev and test only.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final int PORT_ATTEMPTS = 3;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Properties props;
    private final Path baseDir;
    private final String bootstrapServers;
    private final Thread shutdownHook;
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, Properties props, Path baseDir, String bootstrapServers) {
        this.server = server;
        this.props = props;
        this.baseDir = baseDir;
        this.bootstrapServers = bootstrapServers;
        // Ctrl-C on `./newsflow stack` must still stop the broker cleanly and remove its temp dir.
        this.shutdownHook = new Thread(this::close, "embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats a fresh log dir, starts the node on free ports and returns once a client can talk to it. */
    public static EmbeddedKafka start() {
        QuietLogging.apply();
        long started = System.nanoTime();
        RuntimeException lastFailure = null;
        // A free port can be taken by another process between probing and binding; try fresh ones then.
        for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
            Path baseDir = createTempDir();
            try {
                EmbeddedKafka kafka = startOnce(baseDir, FreePort.next(), FreePort.next());
                LOG.info("Embedded Kafka ready at {} in {} ms", kafka.bootstrapServers,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                return kafka;
            } catch (RuntimeException e) {
                deleteRecursively(baseDir);
                lastFailure = e;
                LOG.warn("Embedded Kafka failed to start (attempt {} of {}): {}", attempt, PORT_ATTEMPTS, e.toString());
            }
        }
        throw new IllegalStateException("Embedded Kafka did not start", lastFailure);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether the node is up: started and neither halted nor closed. */
    public synchronized boolean isRunning() {
        return server != null && !closed;
    }

    /**
     * Stops the node abruptly, as {@code kill -9} would for what clients see: every connection drops at once,
     * open transactions stay open, and the log dir is left marked as not cleanly shut down, so {@link #restart()}
     * recovers the logs the way a broker does after a crash. The ports stay reserved for the restart.
     *
     * @throws IllegalStateException when the node is already halted or closed
     */
    public synchronized void halt() {
        requireOpen();
        if (server == null) {
            throw new IllegalStateException("Embedded Kafka at " + bootstrapServers + " is already halted");
        }
        long started = System.nanoTime();
        KafkaRaftServer running = server;
        server = null;
        running.shutdown();
        running.awaitShutdown();
        removeCleanShutdownMarkers();
        LOG.info("Embedded Kafka at {} halted in {} ms", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * Starts a halted node again on its log dir and ports and returns once a client can talk to it.
     *
     * @throws IllegalStateException when the node is running or closed, or does not come up within 60 s
     */
    public synchronized void restart() {
        requireOpen();
        if (server != null) {
            throw new IllegalStateException("Embedded Kafka at " + bootstrapServers + " is running; halt() it first");
        }
        long started = System.nanoTime();
        server = startServer(props, bootstrapServers);
        LOG.info("Embedded Kafka restarted at {} in {} ms", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Stops the broker and controller, waits for their threads to end and deletes the log dir. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException jvmAlreadyShuttingDown) {
                // the hook is running or about to; it will find this instance closed
            }
        }
        try {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
            }
        } finally {
            server = null;
            deleteRecursively(baseDir);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Embedded Kafka at " + bootstrapServers + " is closed");
        }
    }

    /**
     * The marker Kafka's log manager writes on a clean stop; without it the next start recovers every
     * segment, as after a crash. Its name is Kafka's {@code CleanShutdownFileHandler.CLEAN_SHUTDOWN_FILE_NAME}.
     */
    private void removeCleanShutdownMarkers() {
        try (Stream<Path> files = Files.walk(baseDir.resolve("log"), 1)) {
            for (Path marker : files.filter(f -> f.getFileName().toString().equals(".kafka_cleanshutdown")).toList()) {
                Files.deleteIfExists(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark " + baseDir + " as crashed", e);
        }
    }

    private static EmbeddedKafka startOnce(Path baseDir, int brokerPort, int controllerPort) {
        Properties props = brokerProperties(baseDir.resolve("log"), brokerPort, controllerPort);
        format(baseDir, props);
        String bootstrap = "127.0.0.1:" + brokerPort;
        return new EmbeddedKafka(startServer(props, bootstrap), props, baseDir, bootstrap);
    }

    private static KafkaRaftServer startServer(Properties props, String bootstrap) {
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        try {
            server.startup();
            awaitReady(bootstrap);
            return server;
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
    }

    static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());

        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "false");
        // One node: the internal topics and transactions must not wait for replicas that never come.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Fewer internal partitions: the first consumer group and first transaction come up much faster.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");

        // Modest footprint: the cleaner's default 128 MB dedupe buffer alone would dwarf everything else.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("background.threads", "2");
        return props;
    }

    private static void format(Path baseDir, Properties props) {
        Path configFile = baseDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(configFile)) {
            props.store(out, "newsflow embedded Kafka");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + configFile, e);
        }
        // The same code path as `kafka-storage.sh format`; no --standalone since the voters are static.
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = StorageTool.execute(new String[] {
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka log dir failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static void awaitReady(String bootstrap) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka at " + bootstrap + " not ready after " + READY_TIMEOUT, e);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka at " + bootstrap + " reports no brokers after " + READY_TIMEOUT);
                }
                sleep(100);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("newsflow-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp dir for Kafka's log", e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }
}
