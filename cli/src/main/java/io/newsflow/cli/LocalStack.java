package io.newsflow.cli;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.schemas.config.NewsflowConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings for services that run against the embedded single-broker stack. */
final class LocalStack {
  private LocalStack() {}

  static NewsflowConfig config(EmbeddedStack stack, Map<String, String> extra) {
    Map<String, String> values = new LinkedHashMap<>(settings(stack));
    values.putAll(extra);
    return NewsflowConfig.of(values);
  }

  /** The contents of the properties file {@code ./newsflow stack} writes. */
  static String properties(EmbeddedStack stack) {
    StringBuilder text = new StringBuilder("# written by ./newsflow stack; valid while it runs\n");
    settings(stack).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return text.toString();
  }

  private static Map<String, String> settings(EmbeddedStack stack) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(NewsflowConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
    values.put(NewsflowConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
    // One broker: internal topics cannot have more replicas than that.
    values.put("replication.factor", "1");
    values.put("topics.partitions", "3");
    return values;
  }
}
