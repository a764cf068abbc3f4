package io.newsflow.schemas.config;

import io.newsflow.schemas.serde.SerdeConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  /** Address of every service's HTTP port; loopback unless set, so nothing is exposed by accident. */
  public static final String HTTP_HOST = "http.host";
  /** Where every HTTP port of newsflow listens unless told otherwise: loopback only. */
  public static final String LOOPBACK = "127.0.0.1";
  public static final String ENV_PREFIX = "NEWSFLOW_";
  /**
   * Compression of every producer unless {@code kafka.compression.type} says otherwise: gzip is the
   * one codec every common client reads without a plug-in (kafkajs and kafka-python need extras for
   * snappy, lz4 and zstd; Java and librdkafka-based clients read all four).
   */
  public static final String DEFAULT_COMPRESSION = "gzip";
  private static final String KAFKA_PREFIX = "kafka.";
  private static final String REGISTRY_PREFIX = "registry.";

  private final Map<String, String> values;

  private NewsflowConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Defaults for a local stack: broker on 9092, registry on 8081, HTTP ports on loopback only. */
  public static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put(BOOTSTRAP_SERVERS, "localhost:9092");
    defaults.put(SCHEMA_REGISTRY_URL, "http://localhost:8081");
    defaults.put(HTTP_HOST, LOOPBACK);
    return defaults;
  }

  /**
   * @param file properties file, or null
   * @param env the process environment (System.getenv())
   * @param flags settings given on the command line, highest precedence
   * @throws IllegalArgumentException naming every key given that newsflow would not use as given
   *     (unknown, or a {@code kafka.*} copy of a setting newsflow derives itself): see {@link ConfigKeys}
   */
  public static NewsflowConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
    // key -> where it was set, for messages; later sources replace earlier ones, as their values do.
    Map<String, String> origin = new TreeMap<>();
    Map<String, String> merged = new TreeMap<>(defaults());
    if (file != null) {
      Map<String, String> read = readFile(file);
      merged.putAll(read);
      read.keySet().forEach(k -> origin.put(k, "in " + file));
    }
    env.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
        String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        if (ConfigKeys.isSetting(key)) {
          merged.put(key, value);
          origin.put(key, "from environment variable " + name);
        }
      }
    });
    merged.putAll(flags);
    flags.keySet().forEach(k -> origin.put(k, "from -D"));
    List<String> problems = new ArrayList<>();
    origin.forEach((key, where) -> {
      String problem = ConfigKeys.problem(key, origin.keySet());
      if (problem != null) {
        problems.add(problem + " (" + where + ")");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("configuration not used as given:\n  " + String.join("\n  ", problems));
    }
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
