package io.newsflow.embedded.registry;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.embedded.registry.LogEntry.ConfigChange;
import io.newsflow.embedded.registry.LogEntry.SchemaVersion;
import io.newsflow.embedded.registry.LogEntry.VersionRemoved;

/**
 * The registry's durable state: a compacted, single-partition topic ({@code _schemas}, as in Confluent), one
 * record per subject version and per config, keyed so compaction keeps the newest of each. A registry
 * rebuilds its state by reading the topic from the start, and catches up again before each request, so a
 * registry restarted on the same broker keeps every id, and two registries on one broker stay in step as
 * long as they do not register at the same instant (dev/test: there is no leader election).
 */
public final class SchemaLog implements SchemaStore.Journal, AutoCloseable {

    public static final String DEFAULT_TOPIC = "_schemas";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final TopicPartition partition;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;

    private SchemaLog(String topic, KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer) {
        this.topic = topic;
        this.partition = new TopicPartition(topic, 0);
        this.producer = producer;
        this.consumer = consumer;
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    /** Creates the topic if it is missing and opens it; call {@link #catchUp} to load the state. */
    public static SchemaLog open(String bootstrapServers, String topic) {
        createTopicIfMissing(bootstrapServers, topic);
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis()),
                new StringSerializer(), new StringSerializer());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-schema-registry-reader",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        return new SchemaLog(topic, producer, consumer);
    }

    public String topic() {
        return topic;
    }

    /** Writes the entry and waits for the broker's acknowledgement, so an id is never handed out unsaved. */
    @Override
    public synchronized void append(LogEntry entry) {
        try {
            producer.send(new ProducerRecord<>(topic, 0, key(entry), value(entry)))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw storeError("Interrupted while writing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw storeError("Could not write to " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Applies every record written since the last call, by this registry or another one. */
    public synchronized void catchUp(SchemaStore store) {
        long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (consumer.position(partition, TIMEOUT) < end) {
            if (System.nanoTime() > deadline) {
                throw storeError("Could not read " + topic + " up to offset " + end, null);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                LogEntry entry = decode(record.key(), record.value());
                if (entry != null) {
                    store.apply(entry);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }

    static String key(LogEntry entry) {
        Map<String, Object> key = new LinkedHashMap<>();
        if (entry instanceof SchemaVersion v) {
            key.put("keytype", "SCHEMA");
            key.put("subject", v.subject());
            key.put("version", v.version());
        } else if (entry instanceof VersionRemoved r) {
            key.put("keytype", "SCHEMA");
            key.put("subject", r.subject());
            key.put("version", r.version());
        } else if (entry instanceof ConfigChange c) {
            key.put("keytype", "CONFIG");
            key.put("subject", c.subject());
        }
        key.put("magic", 1);
        return write(key);
    }

    /** Null for a removal, which compaction then drops together with the key. */
    static String value(LogEntry entry) {
        if (entry instanceof SchemaVersion v) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("subject", v.subject());
            value.put("version", v.version());
            value.put("id", v.id());
            value.put("schema", v.schema());
            value.put("deleted", v.deleted());
            return write(value);
        }
        if (entry instanceof ConfigChange c && c.level() != null) {
            return write(Map.of("compatibilityLevel", c.level().name()));
        }
        return null;
    }

    /** The entry a record stands for, or null for a record this registry does not understand. */
    static LogEntry decode(String key, String value) {
        try {
            JsonNode k = JSON.readTree(key);
            String keytype = k.path("keytype").asText();
            String subject = k.path("subject").isNull() ? null : k.path("subject").asText(null);
            if ("SCHEMA".equals(keytype)) {
                int version = k.path("version").asInt();
                if (value == null) {
                    return new VersionRemoved(subject, version);
                }
                JsonNode v = JSON.readTree(value);
                return new SchemaVersion(subject, version, v.path("id").asInt(), v.path("schema").asText(),
                        v.path("deleted").asBoolean(false));
            }
            if ("CONFIG".equals(keytype)) {
                CompatibilityLevel level = value == null ? null
                        : CompatibilityLevel.parse(JSON.readTree(value).path("compatibilityLevel").asText());
                return new ConfigChange(subject, level);
            }
        } catch (JsonProcessingException | RegistryException e) {
            LOG.warn("Skipping unreadable record in the schemas topic: key={} ({})", key, e.getMessage());
        }
        return null;
    }

    private static void createTopicIfMissing(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            NewTopic newTopic = new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw storeError("Could not create the schemas topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw storeError("Interrupted while creating " + topic, e);
        } catch (TimeoutException e) {
            throw storeError("Timed out creating the schemas topic " + topic + " on " + bootstrapServers, e);
        }
    }

    private static String write(Map<String, Object> json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON " + json, e);
        }
    }

    private static RegistryException storeError(String message, Exception cause) {
        RegistryException error = new RegistryException(500, 50001, "Error in the backend data store: " + message);
        if (cause != null) {
            error.initCause(cause);
        }
        return error;
    }
}
