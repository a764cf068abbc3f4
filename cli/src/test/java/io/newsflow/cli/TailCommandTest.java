package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.OpsEvent;
import io.newsflow.avro.Outcome;
import io.newsflow.avro.Stage;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import io.newsflow.service.topics.TopicSetup;
import io.newsflow.service.topics.TopicSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class TailCommandTest {
  private final EmbeddedStack stack;

  TailCommandTest(EmbeddedStack stack) {
    this.stack = stack;
  }

  @Test
  void printsAvroRecordsAsReadableJson() throws Exception {
    String topic = "events-" + UUID.randomUUID();
    TopicSetup.ensure(Map.of("bootstrap.servers", stack.bootstrapServers()), List.of(TopicSpec.retained(topic, 1, 60_000)), (short) 1);
    SpecificAvroSerializer<OpsEvent> serializer = new SpecificAvroSerializer<>();
    serializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        new StringSerializer(), serializer)) {
      producer.send(new ProducerRecord<>(topic, "a1", OpsEvent.newBuilder().setArticleId("a1").setStage(Stage.PUBLISH)
          .setOutcome(Outcome.PUBLISHED).setTime(Instant.parse("2026-11-25T10:00:00Z")).build())).get();
    }

    String printed = tail(topic);

    assertThat(printed).contains("\"articleId\" : \"a1\"").contains("\"outcome\" : \"PUBLISHED\"")
        .contains("\"time\" : \"2026-11-25T10:00:00Z\"");
  }

  @Test
  void printsDeadLettersWithTheirReasonHeaders() throws Exception {
    String topic = "dlq-" + UUID.randomUUID();
    TopicSetup.ensure(Map.of("bootstrap.servers", stack.bootstrapServers()), List.of(TopicSpec.retained(topic, 1, 60_000)), (short) 1);
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "bad", "garbage".getBytes(StandardCharsets.UTF_8));
      record.headers().add("newsflow.error.reason", "undeserializable".getBytes(StandardCharsets.UTF_8));
      producer.send(record).get();
    }

    String printed = tail(topic, "-D", "topic.dlq=" + topic);

    assertThat(printed).contains("\"key\": \"bad\"").contains("\"newsflow.error.reason\": \"undeserializable\"")
        .contains("\"valueBase64\": \"Z2FyYmFnZQ==\"");
  }

  @Test
  void idleTimeoutEndsTheReadOnceTheTopicIsDrained() throws Exception {
    String topic = "drained-" + UUID.randomUUID();
    TopicSetup.ensure(Map.of("bootstrap.servers", stack.bootstrapServers()), List.of(TopicSpec.retained(topic, 3, 60_000)), (short) 1);
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < 3; i++) {
        producer.send(new ProducerRecord<>(topic, "k" + i, ("value " + i).getBytes(StandardCharsets.UTF_8))).get();
      }
    }

    String printed = run("tail", "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url",
        stack.schemaRegistryUrl(), "--from-beginning", "--idle-timeout", "3", "-D", "topic.dlq=" + topic, topic);

    assertThat(printed.lines()).hasSize(3).anySatisfy(line -> assertThat(line).contains("\"key\": \"k0\""))
        .anySatisfy(line -> assertThat(line).contains("\"key\": \"k2\""));
  }

  private String tail(String topic, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("tail", "--bootstrap-servers", stack.bootstrapServers(),
        "--schema-registry-url", stack.schemaRegistryUrl(), "--from-beginning", "-n", "1", "--idle-timeout", "20"));
    args.addAll(List.of(extra));
    args.add(topic);
    return run(args.toArray(String[]::new));
  }

  private static String run(String... args) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(Newsflow.commandLine().execute(args)).isZero();
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
