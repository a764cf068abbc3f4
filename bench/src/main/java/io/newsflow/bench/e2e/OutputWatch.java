package io.newsflow.bench.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a pipeline's final topic as a downstream service would ({@code read_committed}: only what
 * the last stage's transactions committed) and notes, for every record, when it arrived and its
 * timestamp. The timestamp is the one the article got when it was produced to the raw topic: Kafka
 * Streams carries the input record's timestamp to what it writes, in the identity apps and in newsflow.
 */
final class OutputWatch implements AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread thread;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger count = new AtomicInteger();
  private final int capacity;
  /** Arrival (System.nanoTime) and, for latency, arrival and record timestamp in epoch millis. */
  private final long[] arrivalNanos;
  private final long[] arrivalMillis;
  private final long[] timestamps;
  private volatile RuntimeException failure;

  OutputWatch(String bootstrap, String topic, int partitions, int capacity) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> all = java.util.stream.IntStream.range(0, partitions)
        .mapToObj(p -> new TopicPartition(topic, p)).toList();
    consumer.assign(all);
    consumer.seekToBeginning(all);
    this.capacity = capacity;
    this.arrivalNanos = new long[capacity];
    this.arrivalMillis = new long[capacity];
    this.timestamps = new long[capacity];
    this.thread = new Thread(this::poll, "bench-watch-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  private void poll() {
    try {
      while (running.get()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(20))) {
          long nanos = System.nanoTime();
          long millis = System.currentTimeMillis();
          int i = count.get();
          if (i < capacity) {
            arrivalNanos[i] = nanos;
            arrivalMillis[i] = millis;
            timestamps[i] = record.timestamp();
          }
          count.incrementAndGet();
        }
      }
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  int count() {
    if (failure != null) {
      throw failure;
    }
    return Math.min(count.get(), capacity);
  }

  /**
   * Waits until {@code target} records arrived; false if none arrived for {@code stall} (the
   * pipeline stopped) or after {@code timeout}.
   */
  boolean awaitCount(int target, Duration stall, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int last = -1;
    long lastChange = System.nanoTime();
    while (count() < target) {
      long now = System.nanoTime();
      int seen = count();
      if (seen != last) {
        last = seen;
        lastChange = now;
      } else if (now - lastChange > stall.toNanos() && seen > 0) {
        return false;
      }
      if (now > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  long arrivalNanos(int index) {
    return arrivalNanos[index];
  }

  long arrivalMillis(int index) {
    return arrivalMillis[index];
  }

  long timestamp(int index) {
    return timestamps[index];
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join(10_000);
  }
}
