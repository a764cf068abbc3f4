package io.newsflow.bench.e2e;

import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.topics.NewsTopics;
import io.newsflow.service.topics.TopicSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The pipelines compared: one identity app, two identity apps chained, and newsflow's enrich and
 * publish. Each stage runs in its own JVM; every run gets its own output topics and application
 * ids, so each one reads the same input records from the beginning.
 */
final class Pipeline implements AutoCloseable {
  enum Kind {
    IDENTITY("identity x1"), CHAIN("identity x2"), NEWSFLOW("newsflow"),
    /** newsflow's publish stage alone, on enriched articles already on a topic. */
    PUBLISH("publish alone");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** Where the stack is and how to start a stage JVM. */
  record Env(String bootstrap, String registryUrl, int partitions, Path outDir, List<String> jvmOptions,
             Map<String, String> newsflowSettings) {
    Map<String, Object> kafka() {
      return Map.of("bootstrap.servers", bootstrap);
    }

    void createTopics(String... names) {
      try (Admin admin = Admin.create(kafka())) {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (String name : names) {
          if (!existing.contains(name)) {
            missing.add(new NewTopic(name, partitions, (short) 1));
          }
        }
        admin.createTopics(missing).all().get();
      } catch (Exception e) {
        throw new IllegalStateException("cannot create topics " + List.of(names), e);
      }
    }

    /** newsflow's configuration for one run: its own topics under {@code prefix}, reading {@code raw}. */
    NewsflowConfig newsflow(String raw, String prefix) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put(NewsflowConfig.BOOTSTRAP_SERVERS, bootstrap);
      values.put(NewsflowConfig.SCHEMA_REGISTRY_URL, registryUrl);
      values.put("replication.factor", "1");
      values.put("topics.partitions", String.valueOf(partitions));
      values.put("topic.raw", raw);
      for (String role : List.of("enriched", "articles", "entities", "ops.events", "ops.metrics", "dlq")) {
        values.put("topic." + role, prefix + "." + role);
      }
      values.put("state.dir", outDir.resolve("state").resolve(prefix).toString());
      values.putAll(newsflowSettings);
      return NewsflowConfig.of(values);
    }
  }

  final Kind kind;
  final String output;
  private final Map<String, StageProcess> stages = new LinkedHashMap<>();
  /** Stage name → the topic it writes its articles to. */
  final Map<String, String> stageOutputs = new LinkedHashMap<>();

  private Pipeline(Kind kind, String output) {
    this.kind = kind;
    this.output = output;
  }

  /** Starts every stage of the pipeline at once, as an operator would. */
  static Pipeline start(Kind kind, String input, String tag, Env env) {
    String state = env.outDir().resolve("state").resolve(tag).toString();
    Path logs = env.outDir().resolve("logs");
    switch (kind) {
      case IDENTITY -> {
        Pipeline pipeline = new Pipeline(kind, tag + ".out");
        env.createTopics(pipeline.output);
        pipeline.stageOutputs.put("identity", pipeline.output);
        pipeline.stages.put("identity", StageProcess.start(tag + "-identity", env.jvmOptions(), logs,
            "identity", input, pipeline.output, tag + "-identity", env.bootstrap(), state));
        return pipeline;
      }
      case CHAIN -> {
        Pipeline pipeline = new Pipeline(kind, tag + ".out");
        String middle = tag + ".middle";
        env.createTopics(middle, pipeline.output);
        pipeline.stageOutputs.put("identity-a", middle);
        pipeline.stageOutputs.put("identity-b", pipeline.output);
        pipeline.stages.put("identity-a", StageProcess.start(tag + "-identity-a", env.jvmOptions(), logs,
            "identity", input, middle, tag + "-identity-a", env.bootstrap(), state + "-a"));
        pipeline.stages.put("identity-b", StageProcess.start(tag + "-identity-b", env.jvmOptions(), logs,
            "identity", middle, pipeline.output, tag + "-identity-b", env.bootstrap(), state + "-b"));
        return pipeline;
      }
      case NEWSFLOW -> {
        return newsflow(kind, env.newsflow(input, tag), tag, env, "enrich", "publish");
      }
      case PUBLISH -> {
        // Its own output and ops topics; the enriched articles another run left on {@code input}.
        return newsflow(kind, env.newsflow(io.newsflow.schemas.Topics.RAW, tag).with(Map.of("topic.enriched", input)),
            tag, env, "publish");
      }
    }
    throw new IllegalArgumentException(kind.toString());
  }

  /** newsflow's {@code stages} (enrich, publish or both), each in its own JVM with {@code config}. */
  private static Pipeline newsflow(Kind kind, NewsflowConfig config, String tag, Env env, String... stages) {
    NewsTopics topics = NewsTopics.from(config);
    // The same topic set-up the services run, done here first so the output can be watched at once.
    TopicSetup.ensure(config.kafkaClientProperties(), topics.specs(), (short) 1);
    Pipeline pipeline = new Pipeline(kind, topics.articles());
    for (String stage : stages) {
      pipeline.stageOutputs.put(stage, stage.equals("enrich") ? topics.enriched() : topics.articles());
      List<String> args = new ArrayList<>(List.of(stage));
      config.with(Map.of("application.id", tag + "-" + stage)).asMap()
          .forEach((key, value) -> args.add(key + "=" + value));
      pipeline.stages.put(stage, StageProcess.start(tag + "-" + stage, env.jvmOptions(), env.outDir().resolve("logs"),
          args.toArray(String[]::new)));
    }
    return pipeline;
  }

  StageProcess stage(String name) {
    return stages.get(name);
  }

  void awaitRunning() throws InterruptedException {
    for (StageProcess stage : stages.values()) {
      stage.await("running", Duration.ofMinutes(3));
    }
  }

  /** Stage name (identity, identity-a, identity-b, enrich, publish) → its figures; stops every stage. */
  Map<String, Map<String, Long>> stop() throws InterruptedException {
    Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
    for (Map.Entry<String, StageProcess> stage : stages.entrySet()) {
      figures.put(stage.getKey(), stage.getValue().stop());
    }
    return figures;
  }

  @Override
  public void close() throws InterruptedException {
    for (StageProcess stage : stages.values()) {
      stage.close();
    }
  }
}
