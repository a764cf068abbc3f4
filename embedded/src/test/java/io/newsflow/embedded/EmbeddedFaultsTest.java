package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Halting and restarting the broker, stopping and starting the registry: on a stack of its own, not the shared one. */
class EmbeddedFaultsTest {

    private static EmbeddedStack stack;

    @BeforeAll
    static void startOwnStack() {
        stack = EmbeddedStack.start();
    }

    @AfterAll
    static void closeOwnStack() {
        stack.close();
    }

    @Test
    void haltedBrokerRestartsOnItsPortWithEveryCommittedRecord() throws Exception {
        String topic = "halt-" + UUID.randomUUID();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all().get();
        }
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "a", "before the halt")).get();
        }

        stack.kafka().halt();
        assertThat(stack.kafka().isRunning()).isFalse();
        try (Admin admin = admin()) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get())
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        assertThatThrownBy(() -> stack.kafka().halt()).hasMessageContaining("already halted");

        stack.kafka().restart();
        assertThat(stack.kafka().isRunning()).isTrue();
        assertThat(stack.bootstrapServers()).isEqualTo(stack.kafka().bootstrapServers());
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "b", "after the restart")).get();
        }
        assertThat(read(topic, 2)).containsExactly("before the halt", "after the restart");
        assertThatThrownBy(() -> stack.kafka().restart()).hasMessageContaining("is running");
    }

    @Test
    void stoppedRegistryRefusesConnectionsAndServesTheSameIdsAfterStart() throws Exception {
        String schema = "{\"type\":\"record\",\"name\":\"Headline\",\"fields\":[{\"name\":\"text\",\"type\":\"string\"}]}";
        String subject = "headline-" + UUID.randomUUID() + "-value";
        HttpResponse<String> registered = post("/subjects/" + subject + "/versions",
                "{\"schema\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(schema) + "}");
        assertThat(registered.statusCode()).isEqualTo(200);
        String id = registered.body().replaceAll("\\D", "");

        stack.registry().stop();
        assertThat(stack.registry().isRunning()).isFalse();
        assertThatThrownBy(() -> get("/schemas/ids/" + id)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> stack.registry().stop()).hasMessageContaining("already stopped");

        stack.registry().start();
        assertThat(stack.schemaRegistryUrl()).isEqualTo(stack.registry().url());
        HttpResponse<String> byId = get("/schemas/ids/" + id);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.body()).contains("Headline");
        assertThatThrownBy(() -> stack.registry().start()).hasMessageContaining("is running");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> read(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "faults-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }
}
