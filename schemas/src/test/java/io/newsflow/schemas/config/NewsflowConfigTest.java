package io.newsflow.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsflowConfigTest {

  @Test
  void flagsBeatEnvironmentWhichBeatsTheFileWhichBeatsDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("newsflow.properties");
    Files.writeString(file, "bootstrap.servers=file:9092\nschema.registry.url=http://file:8081\ntopics.partitions=4\n");

    NewsflowConfig config = NewsflowConfig.load(file,
        Map.of("NEWSFLOW_SCHEMA_REGISTRY_URL", "http://env:8081", "NEWSFLOW_TOPICS_PARTITIONS", "8", "HOME", "/root"),
        Map.of("topics.partitions", "12"));

    assertThat(config.bootstrapServers()).isEqualTo("file:9092");
    assertThat(config.schemaRegistryUrl()).isEqualTo("http://env:8081");
    assertThat(config.getInt("topics.partitions", 6)).isEqualTo(12);
    assertThat(config.getInt("stream.threads", 1)).isEqualTo(1);
    assertThat(config.asMap()).doesNotContainKey("home");
  }

  @Test
  void passesKafkaAndRegistrySettingsThroughWithoutPrefix() {
    NewsflowConfig config = NewsflowConfig.of(Map.of(
        "bootstrap.servers", "b:9093", "kafka.security.protocol", "SASL_SSL",
        "registry.basic.auth.user.info", "user:secret"));

    assertThat(config.kafkaClientProperties())
        .containsEntry("bootstrap.servers", "b:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .doesNotContainKey("basic.auth.user.info");
    assertThat(config.serdeProperties())
        .containsEntry("basic.auth.user.info", "user:secret")
        .containsEntry("schema.registry.url", "http://localhost:8081");
  }

  @Test
  void badNumberNamesTheSetting() {
    NewsflowConfig config = NewsflowConfig.of(Map.of("topics.partitions", "many"));

    assertThatThrownBy(() -> config.getInt("topics.partitions", 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topics.partitions");
  }

  @Test
  void booleanSettingsAreStrict() {
    NewsflowConfig config = NewsflowConfig.of(Map.of("topics.create", "FALSE", "bad", "yes"));

    assertThat(config.getBoolean("topics.create", true)).isFalse();
    assertThat(config.getBoolean("missing", true)).isTrue();
    assertThatThrownBy(() -> config.getBoolean("bad", true)).hasMessageContaining("bad");
  }

  @Test
  void unreadableFileIsAClearError(@TempDir Path dir) {
    assertThatThrownBy(() -> NewsflowConfig.load(dir.resolve("nope.properties"), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.properties");
  }
}
