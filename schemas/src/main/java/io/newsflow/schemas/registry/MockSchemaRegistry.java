package io.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * In-memory registry behind {@code schema.registry.url=mock://scope}, the convention Confluent's
 * serdes use so that topology tests need no HTTP server. Not for production: state lives in the JVM.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {
  static final String SCHEME = "mock://";
  private static final Map<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

  private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();
  private final Map<String, List<RegisteredSchema>> bySubject = new ConcurrentHashMap<>();

  public static MockSchemaRegistry forScope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistry());
  }

  /** Forgets a scope, so the next test starts empty. */
  public static void drop(String scope) {
    SCOPES.remove(scope);
  }

  @Override
  public synchronized int register(String subject, Schema schema) {
    Optional<RegisteredSchema> existing = lookup(subject, schema);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    if (!isCompatible(subject, schema)) {
      throw new SchemaRegistryException(409, 409,
          "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\"");
    }
    int id = byId.entrySet().stream().filter(e -> e.getValue().equals(schema))
        .map(Map.Entry::getKey).findFirst().orElse(byId.size() + 1);
    byId.put(id, schema);
    List<RegisteredSchema> versions = bySubject.computeIfAbsent(subject, s -> new ArrayList<>());
    versions.add(new RegisteredSchema(subject, versions.size() + 1, id, schema));
    return id;
  }

  @Override
  public Schema schemaById(int id) {
    Schema schema = byId.get(id);
    if (schema == null) {
      throw new SchemaRegistryException(404, 40403, "Schema " + id + " not found");
    }
    return schema;
  }

  @Override
  public synchronized RegisteredSchema latest(String subject) {
    List<RegisteredSchema> versions = bySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      throw new SchemaRegistryException(404, 40401, "Subject '" + subject + "' not found");
    }
    return versions.get(versions.size() - 1);
  }

  @Override
  public synchronized Optional<RegisteredSchema> lookup(String subject, Schema schema) {
    return bySubject.getOrDefault(subject, List.of()).stream()
        .filter(v -> v.schema().equals(schema)).findFirst();
  }

  @Override
  public synchronized boolean isCompatible(String subject, Schema schema) {
    List<RegisteredSchema> versions = bySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      return true;
    }
    Schema previous = versions.get(versions.size() - 1).schema();
    return SchemaCompatibility.checkReaderWriterCompatibility(schema, previous).getType()
        == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
  }
}
