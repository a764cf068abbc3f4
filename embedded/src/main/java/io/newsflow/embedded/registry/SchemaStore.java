package io.newsflow.embedded.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.avro.Schema;

import io.newsflow.embedded.registry.LogEntry.ConfigChange;
import io.newsflow.embedded.registry.LogEntry.SchemaVersion;
import io.newsflow.embedded.registry.LogEntry.VersionRemoved;

/**
 * The registry's state and rules, without Kafka or HTTP: subjects and their versions, global schema ids,
 * compatibility levels. Every change is first handed to a {@link Journal} (the {@code _schemas} topic in
 * production) and applied only once the journal accepted it, so the state never runs ahead of what a
 * restart would rebuild. {@link #apply} is idempotent, which lets a registry replay its own writes.
 */
public final class SchemaStore {

    /** Where changes are made durable before they take effect. */
    @FunctionalInterface
    public interface Journal {
        void append(LogEntry entry);
    }

    public static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;

    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, TreeMap<Integer, SchemaVersion>> versionsBySubject = new TreeMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel;
    private int highestId;

    public synchronized void apply(LogEntry entry) {
        // Java 17: no pattern matching for switch yet.
        if (entry instanceof SchemaVersion v) {
            schemasById.put(v.id(), v.schema());
            idsBySchema.putIfAbsent(v.schema(), v.id());
            highestId = Math.max(highestId, v.id());
            versionsBySubject.computeIfAbsent(v.subject(), s -> new TreeMap<>()).put(v.version(), v);
        } else if (entry instanceof VersionRemoved r) {
            TreeMap<Integer, SchemaVersion> versions = versionsBySubject.get(r.subject());
            if (versions != null) {
                versions.remove(r.version());
                if (versions.isEmpty()) {
                    versionsBySubject.remove(r.subject());
                }
            }
        } else if (entry instanceof ConfigChange c) {
            if (c.subject() == null) {
                globalLevel = c.level();
            } else if (c.level() == null) {
                subjectLevels.remove(c.subject());
            } else {
                subjectLevels.put(c.subject(), c.level());
            }
        }
    }

    /**
     * Registers {@code schemaText} under {@code subject} and returns its global id. A schema already live under
     * the subject returns its id unchanged; a schema known under another subject keeps its id; anything new
     * must be compatible with the subject's earlier versions at the subject's level.
     */
    public synchronized int register(String subject, String schemaText, Journal journal) {
        Schema schema = parse(schemaText);
        String canonical = schema.toString();
        Optional<SchemaVersion> existing = liveVersions(subject).stream()
                .filter(v -> v.schema().equals(canonical)).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        List<String> problems = Compatibility.check(level(subject), schema, earlierSchemas(subject));
        if (!problems.isEmpty()) {
            throw RegistryException.incompatible(subject, problems.toString());
        }
        int id = idsBySchema.getOrDefault(canonical, highestId + 1);
        TreeMap<Integer, SchemaVersion> all = versionsBySubject.get(subject);
        // Versions count on after soft-deleted ones, as in Confluent, so a version number never means two schemas.
        int version = all == null || all.isEmpty() ? 1 : all.lastKey() + 1;
        SchemaVersion entry = new SchemaVersion(subject, version, id, canonical, false);
        journal.append(entry);
        apply(entry);
        return id;
    }

    /** Whether this schema is live under the subject; {@code POST /subjects/{subject}}. */
    public synchronized RegisteredSchema lookup(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        List<SchemaVersion> live = liveVersions(subject);
        if (live.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        String canonical = schema.toString();
        return live.stream().filter(v -> v.schema().equals(canonical)).findFirst()
                .map(SchemaStore::registered)
                .orElseThrow(RegistryException::schemaNotFound);
    }

    public synchronized String schemaById(int id) {
        String schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryException.schemaNotFound();
        }
        return schema;
    }

    /** The live subject versions that use this id; {@code GET /schemas/ids/{id}/versions}. */
    public synchronized List<RegisteredSchema> usagesOf(int id) {
        schemaById(id);
        List<RegisteredSchema> usages = new ArrayList<>();
        for (String subject : versionsBySubject.keySet()) {
            liveVersions(subject).stream().filter(v -> v.id() == id).map(SchemaStore::registered).forEach(usages::add);
        }
        return usages;
    }

    public synchronized List<String> subjects() {
        return versionsBySubject.keySet().stream().filter(s -> !liveVersions(s).isEmpty()).toList();
    }

    public synchronized List<Integer> versions(String subject) {
        List<SchemaVersion> live = liveVersions(subject);
        if (live.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return live.stream().map(SchemaVersion::version).toList();
    }

    /** @param version a number, {@code latest} or {@code -1} (Confluent's alias for latest) */
    public synchronized RegisteredSchema version(String subject, String version) {
        int number = parseVersion(version);
        List<SchemaVersion> live = liveVersions(subject);
        if (live.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        if (number == -1) {
            return registered(live.get(live.size() - 1));
        }
        return live.stream().filter(v -> v.version() == number).findFirst()
                .map(SchemaStore::registered)
                .orElseThrow(RegistryException::versionNotFound);
    }

    /**
     * {@code POST /compatibility/subjects/{subject}/versions/{version}}: against {@code latest} the subject's
     * level decides (all versions when transitive); against a given version only that one is checked.
     * A subject with no versions accepts anything when asked about {@code latest}.
     */
    public synchronized List<String> compatibilityProblems(String subject, String version, String schemaText) {
        int number = parseVersion(version);
        Schema schema = parse(schemaText);
        CompatibilityLevel level = level(subject);
        if (number == -1) {
            return Compatibility.check(level, schema, earlierSchemas(subject));
        }
        RegisteredSchema old = version(subject, version);
        CompatibilityLevel single = switch (level) {
            case BACKWARD_TRANSITIVE -> CompatibilityLevel.BACKWARD;
            case FORWARD_TRANSITIVE -> CompatibilityLevel.FORWARD;
            case FULL_TRANSITIVE -> CompatibilityLevel.FULL;
            default -> level;
        };
        return Compatibility.check(single, schema,
                List.of(new Compatibility.VersionedSchema(old.version(), parse(old.schema()))));
    }

    /** The level that applies to the subject: its own if set, else the global one. */
    public synchronized CompatibilityLevel level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel());
    }

    public synchronized CompatibilityLevel globalLevel() {
        return globalLevel == null ? DEFAULT_LEVEL : globalLevel;
    }

    public synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    public synchronized void setGlobalLevel(CompatibilityLevel level, Journal journal) {
        ConfigChange change = new ConfigChange(null, level);
        journal.append(change);
        apply(change);
    }

    public synchronized void setSubjectLevel(String subject, CompatibilityLevel level, Journal journal) {
        ConfigChange change = new ConfigChange(subject, level);
        journal.append(change);
        apply(change);
    }

    /**
     * {@code DELETE /subjects/{subject}}: a soft delete hides the versions but keeps their ids resolvable,
     * because records already written with them must stay readable; {@code permanent} removes them for good.
     * Returns the versions deleted.
     */
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent, Journal journal) {
        TreeMap<Integer, SchemaVersion> all = versionsBySubject.get(subject);
        List<SchemaVersion> affected = permanent
                ? (all == null ? List.of() : List.copyOf(all.values()))
                : liveVersions(subject);
        if (affected.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        for (SchemaVersion v : affected) {
            LogEntry entry = permanent
                    ? new VersionRemoved(subject, v.version())
                    : new SchemaVersion(subject, v.version(), v.id(), v.schema(), true);
            journal.append(entry);
            apply(entry);
        }
        return affected.stream().map(SchemaVersion::version).toList();
    }

    static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryException.invalidSchema("no schema given");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (RuntimeException e) {
            // Avro reports bad JSON, unknown types and invalid defaults all as runtime exceptions.
            throw RegistryException.invalidSchema(e.getMessage());
        }
    }

    private static int parseVersion(String version) {
        if ("latest".equals(version)) {
            return -1;
        }
        try {
            int number = Integer.parseInt(version);
            if (number == -1 || number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the Confluent error below
        }
        throw RegistryException.invalidVersion(version);
    }

    private List<SchemaVersion> liveVersions(String subject) {
        TreeMap<Integer, SchemaVersion> versions = versionsBySubject.get(subject);
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream().filter(v -> !v.deleted()).toList();
    }

    private List<Compatibility.VersionedSchema> earlierSchemas(String subject) {
        return liveVersions(subject).stream()
                .map(v -> new Compatibility.VersionedSchema(v.version(), parse(v.schema())))
                .toList();
    }

    private static RegisteredSchema registered(SchemaVersion v) {
        return new RegisteredSchema(v.subject(), v.version(), v.id(), v.schema());
    }
}
