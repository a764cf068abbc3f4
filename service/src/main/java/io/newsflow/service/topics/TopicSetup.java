package io.newsflow.service.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates missing topics at service start-up and reports existing ones whose layout differs from
 * the spec. It never alters an existing topic: on a shared cluster that is the operator's call.
 */
public final class TopicSetup {
  private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

  private TopicSetup() {}

  /** A difference between a topic on the cluster and its spec. */
  public record Mismatch(String topic, String setting, String expected, String actual) {
    @Override
    public String toString() {
      return topic + ": " + setting + " is " + actual + ", newsflow expects " + expected;
    }
  }

  /**
   * @param replicationFactor replicas for created topics; -1 takes the broker's default
   * @return what differs on topics that already existed (logged as warnings too)
   */
  public static List<Mismatch> ensure(Map<String, Object> adminConfig, Collection<TopicSpec> specs, short replicationFactor) {
    try (Admin admin = Admin.create(adminConfig)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = specs.stream()
          .filter(spec -> !existing.contains(spec.name()))
          .map(spec -> new NewTopic(spec.name(), java.util.Optional.of(spec.partitions()),
              replicationFactor < 0 ? java.util.Optional.empty() : java.util.Optional.of(replicationFactor))
              .configs(spec.configs()))
          .toList();
      create(admin, missing);
      awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
      List<TopicSpec> present = specs.stream().filter(spec -> existing.contains(spec.name())).toList();
      List<Mismatch> mismatches = compare(admin, present);
      mismatches.forEach(m -> LOG.warn("Topic layout differs: {}", m));
      return mismatches;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot set up topics on " + adminConfig.get("bootstrap.servers") + ": " + e.getMessage(), e);
    }
  }

  private static void create(Admin admin, List<NewTopic> missing) throws InterruptedException, TimeoutException, ExecutionException {
    if (missing.isEmpty()) {
      return;
    }
    for (var entry : admin.createTopics(missing).values().entrySet()) {
      try {
        entry.getValue().get(30, TimeUnit.SECONDS);
        LOG.info("Created topic {}", entry.getKey());
      } catch (ExecutionException e) {
        // Another instance of the service may have created it a moment ago.
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
  }

  /**
   * A producer that writes to a partition before its leader is known to every broker can see
   * NOT_LEADER_OR_FOLLOWER and then out-of-order sequence errors until its batch expires; so a
   * created topic counts as ready only once every partition has a leader.
   */
  private static void awaitLeaders(Admin admin, List<String> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!topics.isEmpty()) {
      boolean ready;
      try {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
        ready = described.values().stream().flatMap(d -> d.partitions().stream())
            .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
      } catch (ExecutionException e) {
        // Just created: on a busy broker its metadata can lag the create response for a moment.
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
        ready = false;
      }
      if (ready) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("partitions of " + topics + " still have no leader after 30 s");
      }
      Thread.sleep(100);
    }
  }

  private static List<Mismatch> compare(Admin admin, List<TopicSpec> present)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<Mismatch> mismatches = new ArrayList<>();
    if (present.isEmpty()) {
      return mismatches;
    }
    Map<String, TopicDescription> descriptions = admin.describeTopics(
        present.stream().map(TopicSpec::name).toList()).allTopicNames().get(30, TimeUnit.SECONDS);
    Map<ConfigResource, Config> configs = admin.describeConfigs(present.stream()
        .map(spec -> new ConfigResource(ConfigResource.Type.TOPIC, spec.name())).toList())
        .all().get(30, TimeUnit.SECONDS);
    for (TopicSpec spec : present) {
      int partitions = descriptions.get(spec.name()).partitions().size();
      if (partitions < spec.partitions()) {
        mismatches.add(new Mismatch(spec.name(), "partitions", ">= " + spec.partitions(), Integer.toString(partitions)));
      }
      Map<String, String> actual = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()))
          .entries().stream().collect(Collectors.toMap(ConfigEntry::name, e -> String.valueOf(e.value())));
      spec.configs().forEach((key, expected) -> {
        if (!expected.equals(actual.get(key))) {
          mismatches.add(new Mismatch(spec.name(), key, expected, actual.get(key)));
        }
      });
    }
    return mismatches;
  }
}
