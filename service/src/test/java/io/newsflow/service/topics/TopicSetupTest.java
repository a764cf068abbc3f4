package io.newsflow.service.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class TopicSetupTest {
  private final Map<String, Object> admin;

  TopicSetupTest(EmbeddedStack stack) {
    this.admin = Map.of("bootstrap.servers", stack.bootstrapServers());
  }

  @Test
  void createsMissingTopicsWithTheirLayout() throws Exception {
    String articles = "articles-" + UUID.randomUUID();

    List<TopicSetup.Mismatch> mismatches = TopicSetup.ensure(admin, List.of(TopicSpec.compacted(articles, 2)), (short) 1);

    assertThat(mismatches).isEmpty();
    try (Admin client = Admin.create(admin)) {
      assertThat(client.describeTopics(Set.of(articles)).allTopicNames().get(10, TimeUnit.SECONDS)
          .get(articles).partitions()).hasSize(2);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, articles);
      assertThat(client.describeConfigs(Set.of(resource)).all().get(10, TimeUnit.SECONDS)
          .get(resource).get("cleanup.policy").value()).isEqualTo("compact");
    }
  }

  @Test
  void reportsButKeepsAnExistingTopicWithAnotherLayout() throws Exception {
    String articles = "articles-" + UUID.randomUUID();
    try (Admin client = Admin.create(admin)) {
      client.createTopics(List.of(new NewTopic(articles, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
    }

    List<TopicSetup.Mismatch> mismatches = TopicSetup.ensure(admin, List.of(TopicSpec.compacted(articles, 3)), (short) 1);

    assertThat(mismatches).extracting(TopicSetup.Mismatch::setting).containsExactlyInAnyOrder("partitions", "cleanup.policy");
    assertThat(mismatches.toString()).contains("newsflow expects compact");
  }

  @Test
  void waitsForATopicTheBrokerDoesNotKnowYet() throws Exception {
    String late = "late-" + UUID.randomUUID();
    try (Admin client = Admin.create(admin)) {
      // What a loaded broker answers right after a create: UNKNOWN_TOPIC_OR_PARTITION for a while.
      Thread creator = new Thread(() -> {
        try {
          Thread.sleep(1_500);
          client.createTopics(List.of(new NewTopic(late, 2, (short) 1))).all().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      creator.start();

      TopicSetup.awaitLeaders(client, List.of(late), Duration.ofSeconds(30));

      creator.join();
      assertThat(client.describeTopics(Set.of(late)).allTopicNames().get(10, TimeUnit.SECONDS).get(late)
          .partitions()).allSatisfy(p -> assertThat(p.leader()).isNotNull());
    }
  }

  @Test
  void givesUpOnAnUnknownTopicAtTheDeadlineWithAMessageToActOn() {
    String never = "never-" + UUID.randomUUID();
    try (Admin client = Admin.create(admin)) {
      long started = System.nanoTime();

      assertThatThrownBy(() -> TopicSetup.awaitLeaders(client, List.of(never), Duration.ofSeconds(2)))
          .isInstanceOf(TimeoutException.class)
          .hasMessageContaining(never)
          .hasMessageContaining("not ready after 2 s")
          .hasMessageContaining("check it and start the service again");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void isIdempotent() {
    String raw = "raw-" + UUID.randomUUID();
    TopicSpec spec = TopicSpec.retained(raw, 1, 60_000);

    TopicSetup.ensure(admin, List.of(spec), (short) 1);

    assertThat(TopicSetup.ensure(admin, List.of(spec), (short) 1)).isEmpty();
  }
}
