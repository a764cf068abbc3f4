package io.newsflow.embedded.registry;

/**
 * A request the registry refuses, carrying the HTTP status and the Confluent error code that
 * Confluent-compatible clients switch on (40401 subject, 40402 version, 40403 schema, 409 incompatible...).
 */
public final class RegistryException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    public RegistryException(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject not found");
    }

    static RegistryException versionNotFound() {
        return new RegistryException(404, 40402, "Version not found");
    }

    static RegistryException schemaNotFound() {
        return new RegistryException(404, 40403, "Schema not found");
    }

    static RegistryException subjectLevelConfigNotFound(String subject) {
        return new RegistryException(404, 40408,
                "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    static RegistryException invalidSchema(String detail) {
        return new RegistryException(422, 42201, "Invalid schema: " + detail);
    }

    static RegistryException invalidVersion(String version) {
        return new RegistryException(422, 42202, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryException invalidCompatibilityLevel(String level) {
        return new RegistryException(422, 42203, "Invalid compatibility level '" + level + "'. Valid values are"
                + " none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    static RegistryException incompatible(String subject, String details) {
        return new RegistryException(409, 409, "Schema being registered is incompatible with an earlier schema"
                + " for subject \"" + subject + "\", details: " + details);
    }
}
