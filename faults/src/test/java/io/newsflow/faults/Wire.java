package io.newsflow.faults;

import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.registry.RestSchemaRegistryClient;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import io.newsflow.schemas.serde.Subjects;
import io.newsflow.schemas.serde.WireFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A news wire that sends distinct good articles to the raw topic at a steady rate, in the background,
 * so that a fault lands mid-stream. The articles are serialized up front, while the registry is up:
 * what is under test is the stages, not the sender. The producer rides out a broker outage (idempotent,
 * acks=all, five minutes to deliver).
 */
final class Wire implements AutoCloseable {
  private final List<ProducerRecord<String, byte[]>> records;
  private final KafkaProducer<String, byte[]> producer;
  private final AtomicInteger sent = new AtomicInteger();
  private final List<Future<RecordMetadata>> acks = new ArrayList<>();
  private final Thread sender;

  private Wire(NewsflowConfig config, List<ProducerRecord<String, byte[]>> records, int perSecond) {
    this.records = records;
    Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.sender = new Thread(() -> send(perSecond), "fault-wire");
  }

  /** Good articles {@code prefix-0 … prefix-(count-1)}, each with its own text, serialized for {@code topic}. */
  static List<ProducerRecord<String, byte[]>> articles(NewsflowConfig config, String topic, String prefix, int count) {
    SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>();
    serializer.configure(config.serdeProperties(), false);
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      String id = prefix + "-" + n;
      RawArticle article = RawArticle.newBuilder()
          .setId(id)
          .setSource(Source.newBuilder().setName("fault-wire").build())
          .setReceivedAt(Instant.now())
          .setContentType("text/plain")
          .setText("Hafen Hamburg meldet Rekord Nummer " + n + "\n\n"
              + "Der Hamburger Hafen hat im Monat " + n + " mehr Container umgeschlagen als je zuvor. "
              + "Senatorin Melanie Leonhard sprach in Hamburg von einem guten Zeichen für Norddeutschland.")
          .build();
      records.add(new ProducerRecord<>(topic, id, serializer.serialize(topic, article)));
    }
    serializer.close();
    return records;
  }

  /**
   * The same records as a newer producer would write them: {@code RawArticle}'s schema with one more
   * optional field, registered by a client of its own, so no schema cache in this JVM (the stages here
   * share one per registry) knows its id and a stage must ask the registry for it. The bytes are the
   * old ones plus the new field, null: Avro writes fields in order, and a null union branch is its
   * index 0 alone.
   */
  static List<ProducerRecord<String, byte[]>> asNewerWriter(NewsflowConfig config, List<ProducerRecord<String, byte[]>> records) {
    if (records.isEmpty()) {
      return records;
    }
    Schema current = RawArticle.getClassSchema();
    List<Schema.Field> fields = new ArrayList<>();
    current.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
    fields.add(new Schema.Field("wire_batch", Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
        "set by a newer wire; newsflow's reader skips it", JsonProperties.NULL_VALUE));
    Schema newer = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    int id = new RestSchemaRegistryClient(config.schemaRegistryUrl(), null)
        .register(Subjects.topicName(records.get(0).topic(), false), newer);
    List<ProducerRecord<String, byte[]>> newerRecords = new ArrayList<>(records.size());
    for (ProducerRecord<String, byte[]> record : records) {
      byte[] old = record.value();
      byte[] value = new byte[old.length + 1];
      System.arraycopy(WireFormat.header(id), 0, value, 0, WireFormat.HEADER_SIZE);
      System.arraycopy(old, WireFormat.HEADER_SIZE, value, WireFormat.HEADER_SIZE, old.length - WireFormat.HEADER_SIZE);
      value[old.length] = 0;
      newerRecords.add(new ProducerRecord<>(record.topic(), record.key(), value));
    }
    return newerRecords;
  }

  static Set<String> ids(List<ProducerRecord<String, byte[]>> records) {
    Set<String> ids = new LinkedHashSet<>();
    records.forEach(r -> ids.add(r.key()));
    return ids;
  }

  /** Starts sending {@code records} at {@code perSecond}. */
  static Wire start(NewsflowConfig config, List<ProducerRecord<String, byte[]>> records, int perSecond) {
    Wire wire = new Wire(config, records, perSecond);
    wire.sender.start();
    return wire;
  }

  int sent() {
    return sent.get();
  }

  /** Blocks until {@code count} records were handed to the producer. */
  void awaitSent(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (sent.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the wire sent only " + sent.get() + " of " + count + " within " + timeout);
      }
      Thread.sleep(20);
    }
  }

  /** Waits until every record is sent and acknowledged by the broker; fails on any lost send. */
  void awaitAcknowledged(Duration timeout) throws Exception {
    sender.join(timeout.toMillis());
    if (sender.isAlive()) {
      throw new AssertionError("the wire did not finish sending within " + timeout);
    }
    producer.flush();
    synchronized (acks) {
      for (Future<RecordMetadata> ack : acks) {
        ack.get();
      }
    }
  }

  private void send(int perSecond) {
    long started = System.nanoTime();
    long intervalNanos = 1_000_000_000L / perSecond;
    for (int n = 0; n < records.size(); n++) {
      long due = started + n * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      Future<RecordMetadata> ack = producer.send(records.get(n));
      synchronized (acks) {
        acks.add(ack);
      }
      sent.incrementAndGet();
    }
  }

  @Override
  public void close() {
    sender.interrupt();
    producer.close(Duration.ofSeconds(10));
  }
}
