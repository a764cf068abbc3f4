package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class KafkaBackendTest {

    private static UnaryOperator<String> from(Map<String, String> values) {
        return values::get;
    }

    private static final UnaryOperator<String> NONE = from(Map.of());

    @Test
    void embeddedByDefault() {
        assertThat(KafkaBackend.select(NONE, NONE)).isEqualTo(KafkaBackend.EMBEDDED);
        assertThat(KafkaBackend.select(from(Map.of(KafkaBackend.PROPERTY, "  ")), from(Map.of(KafkaBackend.ENV, ""))))
                .isEqualTo(KafkaBackend.EMBEDDED);
    }

    @Test
    void systemPropertyOrEnvironmentSelectsTestcontainers() {
        assertThat(KafkaBackend.select(from(Map.of(KafkaBackend.PROPERTY, "testcontainers")), NONE))
                .isEqualTo(KafkaBackend.TESTCONTAINERS);
        assertThat(KafkaBackend.select(NONE, from(Map.of(KafkaBackend.ENV, " TestContainers "))))
                .isEqualTo(KafkaBackend.TESTCONTAINERS);
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        assertThat(KafkaBackend.select(from(Map.of(KafkaBackend.PROPERTY, "embedded")),
                from(Map.of(KafkaBackend.ENV, "testcontainers")))).isEqualTo(KafkaBackend.EMBEDDED);
    }

    @Test
    void unknownValueNamesItsSourceAndTheChoices() {
        assertThatThrownBy(() -> KafkaBackend.select(NONE, from(Map.of(KafkaBackend.ENV, "docker"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'docker'")
                .hasMessageContaining("environment variable NEWSFLOW_TEST_KAFKA")
                .hasMessageContaining("'embedded'")
                .hasMessageContaining("'testcontainers'");
    }

    @Test
    void thisBuildRunsEmbeddedUnlessAskedOtherwise() {
        if (System.getProperty(KafkaBackend.PROPERTY) == null && System.getenv(KafkaBackend.ENV) == null) {
            assertThat(KafkaBackend.forTests()).isEqualTo(KafkaBackend.EMBEDDED);
        }
    }

    @Test
    void containerImageFollowsTheKafkaClientsVersion() {
        assumeFalse(System.getProperty(TestcontainersKafka.IMAGE_PROPERTY) != null);
        assertThat(TestcontainersKafka.image()).matches("apache/kafka:\\d+\\.\\d+\\.\\d+.*");
    }

    /** Runs where there is no Docker: asking for a container skips the test (aborts it), saying why in one line. */
    @Test
    void testcontainersWithoutDockerSkipsNamingTheSwitch() {
        // Where an engine may answer, Testcontainers' own probe could start (or pull) its reaper: look for none.
        assumeTrue(System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock")),
                "a Docker engine may be reachable here");
        assertThatThrownBy(() -> EmbeddedStack.start(KafkaBackend.TESTCONTAINERS))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("newsflow.test.kafka=testcontainers")
                .hasMessageContaining("NEWSFLOW_TEST_KAFKA")
                .hasMessageContaining("no usable Docker environment")
                .hasMessageContaining("newsflow.test.kafka=embedded");
    }
}
