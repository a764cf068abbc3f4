package io.newsflow.publish.topology;

import io.newsflow.avro.OpsEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Windows ops events by when they happened at their stage ({@code OpsEvent.time}), not by the
 * record timestamp, which a stage inherits from its input record.
 */
final class OpsEventTime implements TimestampExtractor {
  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    if (record.value() instanceof OpsEvent event && event.getTime() != null) {
      return event.getTime().toEpochMilli();
    }
    return record.timestamp();
  }
}
