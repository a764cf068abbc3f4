package io.newsflow.embedded.registry;

/**
 * One change to the registry's state. Entries are what the {@code _schemas} topic holds, keyed so that
 * compaction keeps the newest state of each subject version and each config.
 */
public sealed interface LogEntry {

    /** A version of a subject; {@code deleted} marks a soft delete, which keeps the id resolvable. */
    record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) implements LogEntry {
    }

    /** A version removed for good (permanent delete); a tombstone in the topic. */
    record VersionRemoved(String subject, int version) implements LogEntry {
    }

    /** A compatibility level; {@code subject} null is the global level, {@code level} null removes it. */
    record ConfigChange(String subject, CompatibilityLevel level) implements LogEntry {
    }
}
