package io.newsflow.service.cli;

import io.newsflow.schemas.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Where Kafka and the registry are, and any other setting: the options every newsflow command shares; see {@link NewsflowConfig} for precedence. */
public final class ConfigOptions {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigOptions.class);

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Properties file (e.g. the one ./newsflow stack writes).")
  Path file;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Kafka brokers.")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Confluent-compatible schema registry.")
  String schemaRegistryUrl;

  @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
      description = "Any other setting, e.g. -D kafka.security.protocol=SASL_SSL, -D topics.partitions=12, -D ingest.max.article.bytes=262144.")
  Map<String, String> settings = new LinkedHashMap<>();

  /**
   * The options to give a second run the same connection, for a command printed to the user:
   * {@code -D} values are not repeated (they may hold credentials), only said to be needed.
   */
  public String describeForRerun() {
    StringBuilder options = new StringBuilder();
    if (file != null) {
      options.append("--config ").append(file).append(' ');
    }
    if (bootstrapServers != null) {
      options.append("--bootstrap-servers ").append(bootstrapServers).append(' ');
    }
    if (schemaRegistryUrl != null) {
      options.append("--schema-registry-url ").append(schemaRegistryUrl).append(' ');
    }
    if (!settings.isEmpty()) {
      options.append("[the same -D settings] ");
    }
    return options.toString();
  }

  /**
   * Settings that hold credentials (Kafka's JAAS config and passwords, a PEM private key given inline
   * as {@code ssl.keystore.key}, registry user info, tokens).
   */
  static boolean isSecret(String key) {
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("jaas.config") || lower.contains("password") || lower.endsWith("user.info")
        || lower.endsWith("token") || lower.contains("secret") || lower.endsWith("keystore.key");
  }

  public NewsflowConfig load() {
    Map<String, String> flags = new LinkedHashMap<>(settings);
    if (bootstrapServers != null) {
      flags.put(NewsflowConfig.BOOTSTRAP_SERVERS, bootstrapServers);
    }
    if (schemaRegistryUrl != null) {
      flags.put(NewsflowConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
    }
    settings.keySet().stream().filter(ConfigOptions::isSecret).forEach(key -> LOG.warn(
        "{} was given with -D: every user of this machine can read it in the process list. Give it as {} "
            + "in the environment or in the --config file instead", key,
        NewsflowConfig.ENV_PREFIX + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_')));
    return NewsflowConfig.load(file, System.getenv(), flags);
  }
}
