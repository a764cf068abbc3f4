package io.newsflow.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void reportsAKafkaCopyOfASettingNewsflowDerivesInsteadOfOverwritingIt() {
    assertThatThrownBy(() -> NewsflowConfig.load(null, Map.of(), Map.of("kafka.commit.interval.ms", "1000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kafka.commit.interval.ms would be overwritten by newsflow's commit.interval.ms: "
            + "set commit.interval.ms instead (from -D)");
    assertThatThrownBy(() -> NewsflowConfig.load(null, Map.of(), Map.of("kafka.commit.interval.ms", "1000", "commit.interval.ms", "50")))
        .hasMessageContaining("commit.interval.ms (also set)");
    assertThatThrownBy(() -> NewsflowConfig.load(null, Map.of("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "b:9092"), Map.of()))
        .hasMessageContaining("kafka.bootstrap.servers would be overwritten by newsflow's bootstrap.servers")
        .hasMessageContaining("from environment variable NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
    assertThatThrownBy(() -> NewsflowConfig.load(null, Map.of(), Map.of("kafka.processing.guarantee", "at_least_once")))
        .hasMessageContaining("cannot be changed");
  }

  @Test
  void reportsAKafkaSettingNewsflowSetsItselfInsteadOfOverwritingIt() {
    // The stages set these after the kafka.* pass-through: a user's copy would silently lose.
    assertThatThrownBy(() -> NewsflowConfig.load(null, Map.of(), Map.of("kafka.auto.offset.reset", "latest")))
        .hasMessageContaining("kafka.auto.offset.reset cannot be changed: newsflow sets auto.offset.reset=earliest");
    assertThatThrownBy(() -> NewsflowConfig.load(null, Map.of("NEWSFLOW_KAFKA_CONSUMER_AUTO_OFFSET_RESET", "none"), Map.of()))
        .hasMessageContaining("kafka.consumer.auto.offset.reset cannot be changed");
    for (String handler : List.of("deserialization.exception.handler", "default.deserialization.exception.handler",
        "processing.exception.handler", "production.exception.handler", "default.production.exception.handler")) {
      assertThatThrownBy(() -> NewsflowConfig.load(null, Map.of(), Map.of("kafka." + handler, "com.example.LogAndContinue")))
          .hasMessageContaining("kafka." + handler + " cannot be changed: newsflow sets " + handler + "=newsflow's dead-letter handler");
    }
    assertThat(NewsflowConfig.load(null, Map.of(), Map.of("kafka.max.poll.records", "100")).kafkaClientProperties())
        .containsEntry("max.poll.records", "100");
  }

  @Test
  void reportsUnknownKeysWithWhereTheyCameFrom(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("newsflow.properties");
    Files.writeString(file, "ingest.max.artcle.bytes=1000\nlinger.ms=5\n");
    assertThatThrownBy(() -> NewsflowConfig.load(file, Map.of(), Map.of("topic.rawz", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ingest.max.artcle.bytes is not a newsflow setting; the ingest.* settings are ")
        .hasMessageContaining("ingest.max.article.bytes")
        .hasMessageContaining("(in " + file + ")")
        .hasMessageContaining("linger.ms is not a newsflow setting; a Kafka client setting takes the prefix kafka. (kafka.linger.ms)")
        .hasMessageContaining("topic.rawz is not a newsflow setting; the topic.* settings are ")
        .hasMessageContaining("(from -D)");
  }

  @Test
  void acceptsEveryDocumentedKindOfKeyAndLeavesLauncherVariablesAlone() {
    NewsflowConfig config = NewsflowConfig.load(null,
        Map.of("NEWSFLOW_JAVA_OPTS", "-Xmx2g", "NEWSFLOW_INGEST_HTTP_TOKEN", "t0ken",
            "NEWSFLOW_ENTITY_MODELS", "/srv/newsflow/entity-models"),
        Map.of("kafka.linger.ms", "5", "registry.basic.auth.user.info", "u:p", "commit.interval.ms", "1000",
            "topic.raw", "raw", "metrics.window.ms", "1000"));
    assertThat(config.get("ingest.http.token", null)).isEqualTo("t0ken");
    assertThat(config.asMap()).doesNotContainKey("java.opts").doesNotContainKey("entity.models");
  }

  @Test
  void unreadableFileIsAClearError(@TempDir Path dir) {
    assertThatThrownBy(() -> NewsflowConfig.load(dir.resolve("nope.properties"), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.properties");
  }
}
