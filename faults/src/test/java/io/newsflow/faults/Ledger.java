package io.newsflow.faults;

import io.newsflow.avro.NewsArticle;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import io.newsflow.service.topics.NewsTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a downstream consumer sees: every committed record of the public articles topic and of the
 * dead-letter topic, read with {@code isolation.level=read_committed} as the README tells consumers to.
 *
 * @param published how many records arrived per article id
 * @param publishedAt per partition of the articles topic, the publication times of the expected ids in offset order
 * @param deadLettered keys of the dead-letter topic
 */
record Ledger(Map<String, Integer> published, Map<Integer, List<Instant>> publishedAt, List<String> deadLettered) {

  /** Reads until every expected id was published or {@code timeout} passed, then the dead letters to their end. */
  static Ledger read(NewsflowConfig config, Set<String> expected, Duration timeout) {
    NewsTopics topics = NewsTopics.from(config);
    Map<String, Integer> published = new HashMap<>();
    Map<Integer, List<Instant>> publishedAt = new TreeMap<>();
    SpecificAvroDeserializer<NewsArticle> articles = new SpecificAvroDeserializer<>();
    articles.configure(config.serdeProperties(), false);
    try (KafkaConsumer<String, byte[]> consumer = consumer(config)) {
      List<TopicPartition> partitions = partitions(consumer, topics.articles());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      Set<String> missing = new HashSet<>(expected);
      while (!missing.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          published.merge(record.key(), 1, Integer::sum);
          missing.remove(record.key());
          if (!expected.contains(record.key())) {
            continue;
          }
          NewsArticle article = articles.deserialize(record.topic(), record.value());
          publishedAt.computeIfAbsent(record.partition(), p -> new ArrayList<>()).add(article.getTimes().getPublished());
        }
      }
      // A duplicate written after the last expected id would show up here.
      drain(consumer, partitions, record -> published.merge(record.key(), 1, Integer::sum));
    }
    List<String> deadLettered = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = consumer(config)) {
      List<TopicPartition> partitions = partitions(consumer, topics.deadLetters());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      drain(consumer, partitions, record -> deadLettered.add(record.key()));
    }
    return new Ledger(published, publishedAt, deadLettered);
  }

  /** Ids of {@code sent} that never arrived. */
  Set<String> lost(Collection<String> sent) {
    Set<String> lost = new HashSet<>(sent);
    lost.removeAll(published.keySet());
    return lost;
  }

  /** How many of {@code sent} arrived. */
  int publishedOf(Collection<String> sent) {
    return (int) sent.stream().filter(published::containsKey).count();
  }

  /** Records beyond the first per id of {@code sent}: each one a reader would see twice. */
  int duplicatesOf(Collection<String> sent) {
    return sent.stream().mapToInt(id -> Math.max(0, published.getOrDefault(id, 0) - 1)).sum();
  }

  /** Good articles (of {@code sent}) in the dead-letter topic. */
  List<String> deadLettered(Collection<String> sent) {
    Set<String> good = new HashSet<>(sent);
    return deadLettered.stream().filter(good::contains).toList();
  }

  /**
   * The longest time a partition went without a publication: with the wire sending steadily, how long
   * a fault stalled the stages for the articles it hit.
   */
  Duration longestPause() {
    Duration longest = Duration.ZERO;
    for (List<Instant> times : publishedAt.values()) {
      List<Instant> sorted = times.stream().sorted().toList();
      for (int i = 1; i < sorted.size(); i++) {
        Duration gap = Duration.between(sorted.get(i - 1), sorted.get(i));
        if (gap.compareTo(longest) > 0) {
          longest = gap;
        }
      }
    }
    return longest;
  }

  /**
   * How long after {@code faultEnd} the slowest partition published again: the time to recover from a
   * fault that ended then (a broker back, a registry back, an instance killed). A partition the fault
   * did not touch publishes again at once; one that stalled, only when its new owner has caught up.
   */
  Duration recoveryAfter(Instant faultEnd) {
    Duration slowest = Duration.ZERO;
    for (List<Instant> times : publishedAt.values()) {
      Instant firstAfter = times.stream().filter(t -> !t.isBefore(faultEnd)).min(Instant::compareTo).orElse(null);
      if (firstAfter != null && Duration.between(faultEnd, firstAfter).compareTo(slowest) > 0) {
        slowest = Duration.between(faultEnd, firstAfter);
      }
    }
    return slowest;
  }

  private static void drain(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
                            java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline
        && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      consumer.poll(Duration.ofMillis(200)).forEach(each);
    }
  }

  private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
    return consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
        .map(info -> new TopicPartition(topic, info.partition())).toList();
  }

  private static KafkaConsumer<String, byte[]> consumer(NewsflowConfig config) {
    Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
    // A Streams-only value (group.protocol=streams, when comparing takeover settings) is not a consumer's; this one uses no group.
    props.remove(ConsumerConfig.GROUP_PROTOCOL_CONFIG);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

}
