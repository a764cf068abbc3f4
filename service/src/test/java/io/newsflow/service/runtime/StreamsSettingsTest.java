package io.newsflow.service.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Stage;
import io.newsflow.schemas.config.NewsflowConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {
  @Test
  void compressesWithACodecEveryCommonClientReadsUnlessToldOtherwise() {
    Properties defaults = StreamsSettings.of(NewsflowConfig.of(Map.of()), "app", Stage.ENRICH);
    assertThat(new StreamsConfig(defaults).getProducerConfigs("client")).containsEntry("compression.type", "gzip");

    Properties lz4 = StreamsSettings.of(NewsflowConfig.of(Map.of("kafka.compression.type", "lz4")), "app", Stage.ENRICH);
    assertThat(new StreamsConfig(lz4).getProducerConfigs("client")).containsEntry("compression.type", "lz4");
  }

  @Test
  void aKilledInstanceIsNoticedAfterTenSecondsUnlessToldOtherwise() {
    // The main consumer's session decides how long a kill -9'd instance keeps its partitions (Kafka's default: 45 s).
    Properties defaults = StreamsSettings.of(NewsflowConfig.of(Map.of()), "app", Stage.ENRICH);
    assertThat(new StreamsConfig(defaults).getMainConsumerConfigs("group", "client", 0))
        .containsEntry("session.timeout.ms", 10_000).containsEntry("heartbeat.interval.ms", 3_000)
        .containsEntry("auto.offset.reset", "earliest");

    Properties kafkaDefault = StreamsSettings.of(NewsflowConfig.of(Map.of("kafka.session.timeout.ms", "45000")), "app", Stage.ENRICH);
    assertThat(new StreamsConfig(kafkaDefault).getMainConsumerConfigs("group", "client", 0))
        .containsEntry("session.timeout.ms", "45000");
  }
}
