package io.newsflow.embedded.registry;

/** A schema as registered under a subject: what {@code GET /subjects/{s}/versions/{v}} returns. */
public record RegisteredSchema(String subject, int version, int id, String schema) {
}
