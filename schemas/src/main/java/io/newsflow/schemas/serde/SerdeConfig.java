package io.newsflow.schemas.serde;

import java.util.Map;

/**
 * Serde settings under the same keys as Confluent's Avro serdes, so a deployment can swap one for
 * the other without touching its configuration.
 */
public record SerdeConfig(
    String registryUrls,
    String basicAuthUserInfo,
    boolean autoRegisterSchemas,
    boolean useLatestVersion,
    boolean specificAvroReader) {

  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

  /** Reads the settings; {@code specific.avro.reader} defaults to true because these are specific-record serdes. */
  public static SerdeConfig from(Map<String, ?> configs) {
    Object url = configs.get(SCHEMA_REGISTRY_URL);
    if (url == null || url.toString().isBlank()) {
      throw new IllegalArgumentException(SCHEMA_REGISTRY_URL
          + " is not set: newsflow's Avro serdes need the schema registry's URL, e.g. http://localhost:8081");
    }
    Object userInfo = configs.get(BASIC_AUTH_USER_INFO);
    return new SerdeConfig(url.toString(), userInfo == null ? null : userInfo.toString(),
        flag(configs, AUTO_REGISTER_SCHEMAS, true),
        flag(configs, USE_LATEST_VERSION, false),
        flag(configs, SPECIFIC_AVRO_READER, true));
  }

  private static boolean flag(Map<String, ?> configs, String key, boolean fallback) {
    Object value = configs.get(key);
    return value == null ? fallback : Boolean.parseBoolean(value.toString());
  }
}
