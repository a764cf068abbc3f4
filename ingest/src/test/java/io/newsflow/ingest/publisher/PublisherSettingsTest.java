package io.newsflow.ingest.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.config.NewsflowConfig;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PublisherSettingsTest {
  @Test
  void producerIsIdempotentWithAcksAllAndCompressed() {
    PublisherSettings settings = PublisherSettings.from(NewsflowConfig.of(Map.of("bootstrap.servers", "kafka:9092")));
    assertThat(settings.producerProperties())
        .containsEntry("enable.idempotence", "true")
        .containsEntry("acks", "all")
        .containsEntry("compression.type", "gzip")
        .containsEntry("compression.gzip.level", "1")
        .containsEntry("bootstrap.servers", "kafka:9092");
    assertThat(settings.rawTopic()).isEqualTo(Topics.RAW);
    assertThat(settings.opsTopic()).isEqualTo(Topics.OPS_EVENTS);
  }

  @Test
  void passesKafkaSettingsThroughAndAllowsLz4() {
    PublisherSettings settings = PublisherSettings.from(NewsflowConfig.of(Map.of(
        "kafka.compression.type", "lz4", "kafka.security.protocol", "SASL_SSL", "topic.raw", "test.raw")));
    assertThat(settings.producerProperties()).containsEntry("compression.type", "lz4").containsEntry("security.protocol", "SASL_SSL");
    assertThat(settings.rawTopic()).isEqualTo("test.raw");
  }

  @Test
  void gzipLevelCanBeChosen() {
    PublisherSettings settings = PublisherSettings.from(NewsflowConfig.of(Map.of("kafka.compression.gzip.level", "9")));
    assertThat(settings.producerProperties()).containsEntry("compression.type", "gzip").containsEntry("compression.gzip.level", "9");
  }

  @Test
  void refusesWeakerDurability() {
    assertThatThrownBy(() -> PublisherSettings.from(NewsflowConfig.of(Map.of("kafka.acks", "1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acks=all");
    assertThatThrownBy(() -> PublisherSettings.from(NewsflowConfig.of(Map.of("kafka.enable.idempotence", "false"))))
        .hasMessageContaining("enable.idempotence=true");
    assertThatThrownBy(() -> PublisherSettings.from(NewsflowConfig.of(Map.of("kafka.compression.type", "none"))))
        .hasMessageContaining("compression");
  }

  @Test
  void readsProducerStyleProperties() {
    Properties props = new Properties();
    props.put("bootstrap.servers", "kafka:9092");
    props.put("schema.registry.url", "http://registry:8081");
    props.put("basic.auth.user.info", "user:secret");
    props.put("linger.ms", "20");
    props.put("ingest.max.article.bytes", "1000");
    PublisherSettings settings = PublisherSettings.from(PublisherSettings.configFrom(props));
    assertThat(settings.producerProperties()).containsEntry("linger.ms", "20").containsEntry("bootstrap.servers", "kafka:9092")
        .doesNotContainKey("basic.auth.user.info");
    assertThat(settings.serdeProperties()).containsEntry("schema.registry.url", "http://registry:8081")
        .containsEntry("basic.auth.user.info", "user:secret");
    assertThat(settings.limits().maxArticleBytes()).isEqualTo(1000);
  }
}
