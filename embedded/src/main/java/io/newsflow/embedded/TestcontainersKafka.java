package io.newsflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka in a Docker container: Testcontainers' {@link KafkaContainer} with the official {@code apache/kafka}
 * image (KRaft, one combined broker and controller), configured like {@link EmbeddedKafka}: no topic
 * auto-creation, 3 partitions per new topic, internal topics with replication factor and min ISR 1, no
 * initial rebalance delay.
 *
 * <p>Only {@link EmbeddedStack} touches this class, by name and only when {@link KafkaBackend#TESTCONTAINERS}
 * is asked for, so Testcontainers (an optional dependency) is never loaded on the default path.
 */
final class TestcontainersKafka implements KafkaBroker {

    /** Overrides the image, e.g. a mirror or {@code apache/kafka-native:4.4.0}; default apache/kafka:{clients version}. */
    static final String IMAGE_PROPERTY = "newsflow.test.kafka.image";

    private static final Logger LOG = LoggerFactory.getLogger(TestcontainersKafka.class);

    private final KafkaContainer container;
    private final String bootstrapServers;
    private boolean closed;

    private TestcontainersKafka(KafkaContainer container) {
        this.container = container;
        this.bootstrapServers = container.getBootstrapServers();
    }

    /** Called reflectively by {@link EmbeddedStack}. */
    static KafkaBroker start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(noDockerMessage());
        }
        String image = image();
        long started = System.nanoTime();
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"))
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
            throw new IllegalStateException("Kafka container " + image + " did not start (" + KafkaBackend.PROPERTY
                    + "=testcontainers); set -D" + IMAGE_PROPERTY + " for another image, or use "
                    + KafkaBackend.PROPERTY + "=embedded", e);
        }
        TestcontainersKafka kafka = new TestcontainersKafka(container);
        LOG.info("Kafka container {} ready at {} in {} ms", image, kafka.bootstrapServers,
                (System.nanoTime() - started) / 1_000_000);
        return kafka;
    }

    static String noDockerMessage() {
        return "Kafka for tests was requested in a Docker container (" + KafkaBackend.PROPERTY + "=testcontainers or "
                + KafkaBackend.ENV + "=testcontainers), but Testcontainers finds no usable Docker environment. "
                + "Start Docker (or point DOCKER_HOST at one), or drop the switch / set " + KafkaBackend.PROPERTY
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
        container.stop();
    }
}
