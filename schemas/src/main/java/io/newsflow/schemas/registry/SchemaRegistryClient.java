package io.newsflow.schemas.registry;

import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API that newsflow's serdes use. Subjects follow
 * Confluent's TopicNameStrategy ({@code <topic>-value}, {@code <topic>-key}).
 */
public interface SchemaRegistryClient {

  /** Registers the schema under the subject (idempotent) and returns its global id. */
  int register(String subject, Schema schema);

  /** The schema written under a global id. */
  Schema schemaById(int id);

  /** The latest version registered under the subject. */
  RegisteredSchema latest(String subject);

  /** The version of this exact schema under the subject, if registered. */
  Optional<RegisteredSchema> lookup(String subject, Schema schema);

  /** Whether the schema could be registered under the subject's compatibility rule. */
  boolean isCompatible(String subject, Schema schema);

  /** A schema as the registry holds it under a subject. */
  record RegisteredSchema(String subject, int version, int id, Schema schema) {}

  /**
   * The client for a {@code schema.registry.url} value: {@code mock://scope} gives the in-memory
   * registry of that scope (as with Confluent's serdes, for topology tests), anything else the REST client.
   */
  static SchemaRegistryClient forUrls(String urls, String basicAuthUserInfo) {
    if (urls == null || urls.isBlank()) {
      throw new IllegalArgumentException("schema.registry.url is not set: name the registry, e.g. http://localhost:8081");
    }
    if (urls.startsWith(MockSchemaRegistry.SCHEME)) {
      return MockSchemaRegistry.forScope(urls.substring(MockSchemaRegistry.SCHEME.length()));
    }
    return RestSchemaRegistryClient.shared(urls, basicAuthUserInfo);
  }
}
