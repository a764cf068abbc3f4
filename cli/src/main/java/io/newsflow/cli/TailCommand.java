package io.newsflow.cli;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.json.RecordJson;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.newsflow.service.cli.ConfigOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Prints the records of a newsflow topic as readable JSON (committed records only).")
final class TailCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions config;

  @Parameters(index = "0", paramLabel = "TOPIC", description = "e.g. news.articles.v1, news.entities.v1, news.dlq.v1")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
  boolean fromBeginning;

  @Option(names = {"-n", "--max"}, paramLabel = "N", description = "Stop after N records.")
  Integer max;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS",
      description = "Stop when nothing arrives for this long once the topic's partitions are assigned "
          + "(default: follow for ever).")
  Integer idleSeconds;

  @Override
  public Integer call() {
    NewsflowConfig settings = config.load();
    Map<String, Object> props = new java.util.HashMap<>(settings.kafkaClientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-tail-" + Instant.now().toEpochMilli());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    SpecificAvroDeserializer<GenericRecord> values = new SpecificAvroDeserializer<>();
    values.configure(settings.serdeProperties(), false);
    boolean avro = !topic.equals(settings.topic("dlq", Topics.DEAD_LETTERS));
    int printed = 0;
    // The idle clock starts at the assignment: joining the group can take longer than the timeout on a busy
    // machine, and a topic that is not yet being read is not idle.
    long[] idleSince = {Long.MAX_VALUE};
    try (KafkaConsumer<String, byte[]> consumer =
             new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          idleSince[0] = System.nanoTime();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        }
      });
      while (max == null || printed < max) {
        var records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
          if (idleSeconds != null && idleSince[0] != Long.MAX_VALUE
              && System.nanoTime() - idleSince[0] > Duration.ofSeconds(idleSeconds).toNanos()) {
            break;
          }
          continue;
        }
        idleSince[0] = System.nanoTime();
        for (ConsumerRecord<String, byte[]> record : records) {
          System.out.println(avro ? avroLine(record, values) : deadLetterLine(record));
          if (max != null && ++printed >= max) {
            break;
          }
        }
      }
    }
    return 0;
  }

  private static String avroLine(ConsumerRecord<String, byte[]> record, SpecificAvroDeserializer<GenericRecord> values) {
    Object value = values.deserialize(record.topic(), record.value());
    return value instanceof GenericRecord avro ? RecordJson.toPrettyJson(avro) : String.valueOf(value);
  }

  /** Dead letters keep the original bytes, whatever they were; show the reason and a readable preview. */
  private static String deadLetterLine(ConsumerRecord<String, byte[]> record) {
    StringBuilder line = new StringBuilder("{\"key\": ").append(quote(record.key()));
    for (Header header : record.headers()) {
      line.append(", ").append(quote(header.key())).append(": ")
          .append(quote(new String(header.value(), StandardCharsets.UTF_8)));
    }
    byte[] value = record.value();
    line.append(", \"valueBase64\": ").append(quote(value == null ? null : Base64.getEncoder().encodeToString(value)));
    return line.append('}').toString();
  }

  private static String quote(String text) {
    if (text == null) {
      return "null";
    }
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
