package io.newsflow.schemas.config;

import io.newsflow.schemas.serde.SerdeConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every newsflow service's settings, read in one place. Sources, later ones winning: built-in
 * defaults, a properties file, environment variables ({@code NEWSFLOW_BOOTSTRAP_SERVERS} for
 * {@code bootstrap.servers}: prefix dropped, {@code _} to {@code .}, lower case), then command-line flags.
 *
 * <p>Keys under {@code kafka.} are handed to every Kafka client as they are, without the prefix, so
 * SASL, TLS and tuning settings need no code here ({@code kafka.security.protocol=SASL_SSL}).
 * Keys under {@code registry.} go to the schema registry serdes ({@code registry.basic.auth.user.info}).
 */
public final class NewsflowConfig {
  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String APPLICATION_ID = "application.id";
  public static final String ENV_PREFIX = "NEWSFLOW_";
  private static final String KAFKA_PREFIX = "kafka.";
  private static final String REGISTRY_PREFIX = "registry.";

  private final Map<String, String> values;

  private NewsflowConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Defaults for a local stack: broker on 9092, registry on 8081. */
  public static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put(BOOTSTRAP_SERVERS, "localhost:9092");
    defaults.put(SCHEMA_REGISTRY_URL, "http://localhost:8081");
    return defaults;
  }

  /**
   * @param file properties file, or null
   * @param env the process environment (System.getenv())
   * @param flags settings given on the command line, highest precedence
   */
  public static NewsflowConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
    Map<String, String> merged = new TreeMap<>(defaults());
    if (file != null) {
      merged.putAll(readFile(file));
    }
    env.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
        merged.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
      }
    });
    merged.putAll(flags);
    return new NewsflowConfig(merged);
  }

  public static NewsflowConfig of(Map<String, String> values) {
    Map<String, String> merged = new TreeMap<>(defaults());
    merged.putAll(values);
    return new NewsflowConfig(merged);
  }

  private static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> read = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(k -> read.put(k, properties.getProperty(k).trim()));
    return read;
  }

  public String bootstrapServers() {
    return values.get(BOOTSTRAP_SERVERS);
  }

  public String schemaRegistryUrl() {
    return values.get(SCHEMA_REGISTRY_URL);
  }

  /** A setting, or the fallback when unset. */
  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  public boolean getBoolean(String key, boolean fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
    };
  }

  public int getInt(String key, int fallback) {
    return Math.toIntExact(getLong(key, fallback));
  }

  public long getLong(String key, long fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
    }
  }

  /** Topic name for a role such as "raw" ({@code topic.raw}), or the default given. */
  public String topic(String role, String defaultName) {
    return values.getOrDefault("topic." + role, defaultName);
  }

  /** Properties for any Kafka client: bootstrap servers plus every {@code kafka.*} pass-through. */
  public Map<String, Object> kafkaClientProperties() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(BOOTSTRAP_SERVERS, bootstrapServers());
    values.forEach((key, value) -> {
      if (key.startsWith(KAFKA_PREFIX)) {
        props.put(key.substring(KAFKA_PREFIX.length()), value);
      }
    });
    return props;
  }

  /** Settings for the Avro serdes, under Confluent's key names. */
  public Map<String, Object> serdeProperties() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(SerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl());
    values.forEach((key, value) -> {
      if (key.startsWith(REGISTRY_PREFIX)) {
        props.put(key.substring(REGISTRY_PREFIX.length()), value);
      }
    });
    return props;
  }

  /** A copy with some settings replaced. */
  public NewsflowConfig with(Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>(values);
    merged.putAll(overrides);
    return new NewsflowConfig(merged);
  }

  public Map<String, String> asMap() {
    return values;
  }
}
