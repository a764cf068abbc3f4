package io.newsflow.schemas.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Build-time guard: every schema in the source tree must stay BACKWARD compatible with its released
 * version, because consumers upgraded to the new schema still have to read records already on the
 * topics (the Schema Registry's default rule for a subject).
 */
public final class CompatibilityCheck {

  private CompatibilityCheck() {}

  /** One broken rule, phrased so a developer knows which field to fix. */
  public record Violation(String schema, String field, String problem) {
    @Override
    public String toString() {
      return schema + ": field '" + field + "': " + problem;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CompatibilityCheck RELEASED_DIR CURRENT_DIR");
    }
    List<Violation> violations = check(Path.of(args[0]), Path.of(args[1]));
    if (!violations.isEmpty()) {
      StringBuilder message = new StringBuilder(
          "Schema change is not BACKWARD compatible with the released schemas in " + args[0] + ":");
      violations.forEach(v -> message.append("\n  - ").append(v));
      message.append("\nGive new fields a default, keep removed fields' defaults, or release a new topic version.");
      throw new IllegalStateException(message.toString());
    }
    System.out.println("[newsflow] schemas are BACKWARD compatible with " + args[0]);
  }

  /** Compares each released schema with the current schema of the same full name. */
  public static List<Violation> check(Path releasedDir, Path currentDir) throws IOException {
    Map<String, Schema> released = parseAll(releasedDir);
    Map<String, Schema> current = parseAll(currentDir);
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<String, Schema> entry : released.entrySet()) {
      Schema writer = entry.getValue();
      Schema reader = current.get(entry.getKey());
      if (reader == null) {
        violations.add(new Violation(entry.getKey(), "*", "released schema was removed"));
        continue;
      }
      violations.addAll(compare(entry.getKey(), reader, writer));
    }
    return violations;
  }

  /** Can a consumer with {@code reader} read what producers wrote with {@code writer}? */
  public static List<Violation> compare(String name, Schema reader, Schema writer) {
    SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    List<Violation> violations = new ArrayList<>();
    for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
      violations.add(new Violation(name, fieldOf(incompatibility, reader), incompatibility.getType() + ": "
          + incompatibility.getMessage() + " at " + incompatibility.getLocation()));
    }
    return violations;
  }

  /** Turns Avro's location (e.g. {@code /fields/2/type/items/fields/0}) into field names (e.g. {@code body.type}). */
  static String fieldOf(Incompatibility incompatibility, Schema reader) {
    if (incompatibility.getType() == SchemaCompatibility.SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE) {
      return incompatibility.getMessage();
    }
    List<String> names = new ArrayList<>();
    Schema at = reader;
    String[] steps = incompatibility.getLocation().split("/");
    for (int i = 0; i < steps.length && at != null; i++) {
      switch (steps[i]) {
        case "fields" -> {
          if (i + 1 < steps.length && at.getType() == Schema.Type.RECORD) {
            Schema.Field field = at.getFields().get(Integer.parseInt(steps[++i]));
            names.add(field.name());
            at = field.schema();
          }
        }
        case "items" -> at = at.getType() == Schema.Type.ARRAY ? at.getElementType() : null;
        case "values" -> at = at.getType() == Schema.Type.MAP ? at.getValueType() : null;
        default -> {
          if (steps[i].matches("\\d+") && at.getType() == Schema.Type.UNION) {
            at = at.getTypes().get(Integer.parseInt(steps[i]));
          }
        }
      }
    }
    return names.isEmpty() ? incompatibility.getLocation() : String.join(".", names);
  }

  /**
   * Parses every .avsc below {@code dir}; schemas may reference each other, so files that name a
   * type not yet known are retried until no progress is made.
   */
  public static Map<String, Schema> parseAll(Path dir) throws IOException {
    List<Path> pending;
    try (Stream<Path> files = Files.walk(dir)) {
      pending = new ArrayList<>(files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList());
    }
    Map<String, Schema> byName = new LinkedHashMap<>();
    Map<String, Schema> known = new LinkedHashMap<>();
    while (!pending.isEmpty()) {
      List<Path> failed = new ArrayList<>();
      RuntimeException lastError = null;
      for (Path file : pending) {
        Schema.Parser parser = new Schema.Parser();
        parser.addTypes(known.values());
        try {
          Schema schema = parser.parse(file.toFile());
          byName.put(schema.getFullName(), schema);
          known.putAll(collectNamed(parser));
        } catch (org.apache.avro.AvroRuntimeException e) {
          failed.add(file);
          lastError = new IllegalStateException(file + ": " + e.getMessage(), e);
        }
      }
      if (failed.size() == pending.size()) {
        throw lastError;
      }
      pending = failed;
    }
    return byName;
  }

  private static Map<String, Schema> collectNamed(Schema.Parser parser) {
    return new LinkedHashMap<>(parser.getTypes());
  }
}
