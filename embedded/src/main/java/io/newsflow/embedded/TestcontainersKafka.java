package io.newsflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka in a Docker container: Testcontainers' {@link KafkaContainer} with the official {@code apache/kafka}
 * image (KRaft, one combined broker and controller), configured like {@link EmbeddedKafka}: no topic
 * auto-creation, 3 partitions per new topic, internal topics with replication factor and min ISR 1, no
 * initial rebalance delay. The container runs on a network of its own (removed on close) and its client port
 * is published on 127.0.0.1 only.
 *
 * <p>Any image that behaves like {@code apache/kafka} works ({@value #IMAGE_PROPERTY}): on a machine without an
 * image registry, the one {@code docker/kafka/build.sh} builds from the Maven Central jars.
 *
 * <p>Only {@link EmbeddedStack} touches this class, by name and only when {@link KafkaBackend#TESTCONTAINERS}
 * is asked for, so Testcontainers (an optional dependency) is never loaded on the default path.
 */
final class TestcontainersKafka implements KafkaBroker {

    /** Overrides the image, e.g. a mirror or {@code apache/kafka-native:4.4.0}; default apache/kafka:{clients version}. */
    static final String IMAGE_PROPERTY = "newsflow.test.kafka.image";

    private static final Logger LOG = LoggerFactory.getLogger(TestcontainersKafka.class);

    /** The client port inside the container (Testcontainers' KafkaContainer advertises it as PLAINTEXT). */
    private static final int KAFKA_PORT = 9092;

    private final Network network;
    private final KafkaContainer container;
    private final String bootstrapServers;
    private boolean closed;

    private TestcontainersKafka(Network network, KafkaContainer container) {
        this.network = network;
        this.container = container;
        this.bootstrapServers = container.getBootstrapServers();
    }

    /**
     * Called reflectively by {@link EmbeddedStack}.
     *
     * @throws TestAbortedException where there is no Docker: the tests asking for a container are skipped, with
     *         {@link #noDockerMessage()} as the reason, rather than failed
     */
    static KafkaBroker start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new TestAbortedException(noDockerMessage());
        }
        String image = image();
        long started = System.nanoTime();
        Network network = Network.newNetwork();
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"))
                .withNetwork(network)
                // Loopback only, not Docker's default of every interface: nothing outside this machine reaches it.
                .withCreateContainerCmdModifier(create -> create.getHostConfig()
                        .withPublishAllPorts(false)
                        .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(KAFKA_PORT))))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            network.close();
            throw new IllegalStateException("Kafka container " + image + " did not start (" + KafkaBackend.PROPERTY
                    + "=testcontainers); set -D" + IMAGE_PROPERTY + " for another image, or use "
                    + KafkaBackend.PROPERTY + "=embedded", e);
        }
        TestcontainersKafka kafka = new TestcontainersKafka(network, container);
        LOG.info("Kafka container {} ready at {} in {} ms", image, kafka.bootstrapServers,
                (System.nanoTime() - started) / 1_000_000);
        return kafka;
    }

    static String noDockerMessage() {
        return "Skipped: Kafka for tests was requested in a Docker container (" + KafkaBackend.PROPERTY
                + "=testcontainers or " + KafkaBackend.ENV + "=testcontainers), but Testcontainers finds no usable "
                + "Docker environment; start Docker (or point DOCKER_HOST at one), or set " + KafkaBackend.PROPERTY
                + "=embedded to run on the in-process broker.";
    }

    /** {@value #IMAGE_PROPERTY}, else {@code apache/kafka} tagged with the version of kafka-clients in use. */
    static String image() {
        String configured = System.getProperty(IMAGE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        return "apache/kafka:" + kafkaClientsVersion();
    }

    private static String kafkaClientsVersion() {
        // kafka-clients' own version file; AppInfoParser, which reads it, is internal API in Kafka 4.
        try (InputStream in = TestcontainersKafka.class.getClassLoader().getResourceAsStream("kafka/kafka-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka/kafka-version.properties not on the classpath: set -D" + IMAGE_PROPERTY);
            }
            Properties props = new Properties();
            props.load(in);
            String version = props.getProperty("version");
            if (version == null || version.isBlank() || "unknown".equals(version)) {
                throw new IllegalStateException("No Kafka version in kafka/kafka-version.properties: set -D" + IMAGE_PROPERTY);
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            container.stop();
        } finally {
            network.close();
        }
    }
}
