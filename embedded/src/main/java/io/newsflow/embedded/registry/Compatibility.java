package io.newsflow.embedded.registry;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Decides whether a new schema may follow earlier ones, with Avro's own reader/writer rules
 * ({@link SchemaCompatibility}). BACKWARD means consumers on the new schema can read what was written with
 * the old one, so they can be upgraded first; FORWARD is the reverse; FULL is both.
 */
public final class Compatibility {

    private Compatibility() {
    }

    /**
     * @param earlier the subject's live versions, oldest first; only the newest counts unless the level is
     *                transitive
     * @return one message per incompatibility, empty when the candidate may be registered
     */
    public static List<String> check(CompatibilityLevel level, Schema candidate, List<VersionedSchema> earlier) {
        List<String> messages = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return messages;
        }
        List<VersionedSchema> against = level.transitive ? earlier : List.of(earlier.get(earlier.size() - 1));
        for (VersionedSchema old : against) {
            if (level.newReadsOld) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old.schema()),
                        "the new schema cannot read data written with version " + old.version(), messages);
            }
            if (level.oldReadsNew) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(old.schema(), candidate),
                        "version " + old.version() + " cannot read data written with the new schema", messages);
            }
            if (!messages.isEmpty()) {
                messages.add("{oldSchemaVersion: " + old.version() + "}");
                messages.add("{oldSchema: '" + old.schema() + "'}");
                messages.add("{compatibility: '" + level + "'}");
                return messages;
            }
        }
        return messages;
    }

    private static void describe(SchemaCompatibility.SchemaPairCompatibility pair, String direction,
                                 List<String> messages) {
        for (Incompatibility incompatibility : pair.getResult().getIncompatibilities()) {
            messages.add("{errorType:'" + incompatibility.getType() + "', description:'" + direction + ": "
                    + explain(incompatibility) + "', additionalInfo:'" + incompatibility.getMessage() + "'}");
        }
    }

    private static String explain(Incompatibility incompatibility) {
        String at = " at path '" + incompatibility.getLocation() + "'";
        return switch (incompatibility.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> "the reading schema's field '" + incompatibility.getMessage()
                    + "'" + at + " has no default value and is missing in the written data";
            case TYPE_MISMATCH -> "types differ" + at + ": " + incompatibility.getMessage();
            case MISSING_ENUM_SYMBOLS -> "the reading schema lacks enum symbols " + incompatibility.getMessage() + at;
            case MISSING_UNION_BRANCH -> "the reading schema's union lacks a branch" + at + ": "
                    + incompatibility.getMessage();
            case NAME_MISMATCH -> "names differ" + at + ": " + incompatibility.getMessage();
            default -> incompatibility.getMessage() + at;
        };
    }

    /** One earlier version of a subject, for the messages. */
    public record VersionedSchema(int version, Schema schema) {
    }
}
