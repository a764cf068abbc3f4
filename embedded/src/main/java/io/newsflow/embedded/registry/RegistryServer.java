package io.newsflow.embedded.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API subset newsflow uses, over HTTP with Javalin, AVRO only.
 * Every request first catches up with the schemas topic, then runs against the {@link SchemaStore} under
 * one lock: a dev registry sees a handful of requests, and serializers cache what they get.
 */
public final class RegistryServer implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;
    private final SchemaLog log;
    private final Javalin app;

    private RegistryServer(SchemaStore store, SchemaLog log, String host, int port) {
        this.store = store;
        this.log = log;
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("schema-registry-http");
        // Daemon threads: a demo that forgets to close the registry still exits.
        threads.setDaemon(true);
        this.app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.jetty.threadPool = threads;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // The watcher is a non-daemon thread that sleeps a while after start and would delay the demo's exit.
            config.startup.startupWatcherEnabled = false;
            config.http.defaultContentType = CONTENT_TYPE;
            routes(config.routes);
        });
    }

    /** Starts on {@code host}; port 0 picks a free one, see {@link #port()}. */
    public static RegistryServer start(SchemaStore store, SchemaLog log, String host, int port) {
        RegistryServer server = new RegistryServer(store, log, host, port);
        server.app.start();
        return server;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes(io.javalin.config.RoutesConfig routes) {
        routes.get("/", ctx -> respond(ctx, Map.of()));

        routes.get("/schemas/ids/{id}", ctx -> respond(ctx,
                Map.of("schema", locked(s -> s.schemaById(id(ctx))))));
        routes.get("/schemas/ids/{id}/versions", ctx -> respond(ctx, locked(s -> s.usagesOf(id(ctx))).stream()
                .map(RegistryServer::subjectVersionJson).toList()));

        routes.get("/subjects", ctx -> respond(ctx, locked(SchemaStore::subjects)));
        routes.post("/subjects/{subject}", ctx -> respond(ctx,
                versionJson(locked(s -> s.lookup(ctx.pathParam("subject"), schemaText(ctx))))));
        routes.delete("/subjects/{subject}", ctx -> respond(ctx, locked(s -> s.deleteSubject(
                ctx.pathParam("subject"), "true".equals(ctx.queryParam("permanent")), log))));
        routes.get("/subjects/{subject}/versions", ctx -> respond(ctx,
                locked(s -> s.versions(ctx.pathParam("subject")))));
        routes.post("/subjects/{subject}/versions", ctx -> respond(ctx,
                Map.of("id", locked(s -> s.register(ctx.pathParam("subject"), schemaText(ctx), log)))));
        routes.get("/subjects/{subject}/versions/{version}", ctx -> respond(ctx,
                versionJson(locked(s -> s.version(ctx.pathParam("subject"), ctx.pathParam("version"))))));
        routes.get("/subjects/{subject}/versions/{version}/schema", ctx -> respondRaw(ctx,
                locked(s -> s.version(ctx.pathParam("subject"), ctx.pathParam("version"))).schema()));

        routes.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> {
            List<String> problems = locked(s -> s.compatibilityProblems(
                    ctx.pathParam("subject"), ctx.pathParam("version"), schemaText(ctx)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("is_compatible", problems.isEmpty());
            if (!problems.isEmpty()) {
                body.put("messages", problems);
            }
            respond(ctx, body);
        });

        routes.get("/config", ctx -> respond(ctx,
                Map.of("compatibilityLevel", locked(SchemaStore::globalLevel).name())));
        routes.put("/config", ctx -> {
            CompatibilityLevel level = compatibility(ctx);
            locked(s -> {
                s.setGlobalLevel(level, log);
                return level;
            });
            respond(ctx, Map.of("compatibility", level.name()));
        });
        routes.get("/config/{subject}", ctx -> {
            String subject = ctx.pathParam("subject");
            boolean defaultToGlobal = "true".equals(ctx.queryParam("defaultToGlobal"));
            // As in Confluent: a subject without its own level is a 40408 unless the caller asks for the global one.
            CompatibilityLevel level = locked(s -> s.subjectLevel(subject)
                    .or(() -> defaultToGlobal ? java.util.Optional.of(s.globalLevel()) : java.util.Optional.empty())
                    .orElseThrow(() -> RegistryException.subjectLevelConfigNotFound(subject)));
            respond(ctx, Map.of("compatibilityLevel", level.name()));
        });
        routes.put("/config/{subject}", ctx -> {
            CompatibilityLevel level = compatibility(ctx);
            locked(s -> {
                s.setSubjectLevel(ctx.pathParam("subject"), level, log);
                return level;
            });
            respond(ctx, Map.of("compatibility", level.name()));
        });

        routes.exception(RegistryException.class, (e, ctx) -> error(ctx, e.httpStatus(), e.errorCode(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Schema registry request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, 50001, "Error in the schema registry: " + e);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, 404, "HTTP 404 Not Found: " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 405, 405, "HTTP 405 Method Not Allowed: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private <T> T locked(Function<SchemaStore, T> action) {
        synchronized (store) {
            log.catchUp(store);
            return action.apply(store);
        }
    }

    private static int id(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw RegistryException.schemaNotFound();
        }
    }

    /** The {@code schema} field of a Confluent request body; only AVRO without references is supported. */
    private static String schemaText(Context ctx) {
        JsonNode body = body(ctx);
        String type = body.path("schemaType").asText("AVRO");
        if (!"AVRO".equalsIgnoreCase(type)) {
            throw RegistryException.invalidSchema("schemaType " + type + " is not supported, only AVRO");
        }
        if (body.path("references").size() > 0) {
            throw RegistryException.invalidSchema("schema references are not supported");
        }
        JsonNode schema = body.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw RegistryException.invalidSchema("the request needs a \"schema\" field holding the schema as a string");
        }
        return schema.asText();
    }

    private static CompatibilityLevel compatibility(Context ctx) {
        JsonNode level = body(ctx).get("compatibility");
        return CompatibilityLevel.parse(level == null ? null : level.asText());
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new RegistryException(400, 400, "The request body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new RegistryException(400, 400, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Map<String, Object> subjectVersionJson(RegisteredSchema schema) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", schema.subject());
        json.put("version", schema.version());
        return json;
    }

    private static Map<String, Object> versionJson(RegisteredSchema schema) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", schema.subject());
        json.put("version", schema.version());
        json.put("id", schema.id());
        json.put("schema", schema.schema());
        return json;
    }

    private static void respond(Context ctx, Object body) {
        try {
            ctx.contentType(CONTENT_TYPE).result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON response", e);
        }
    }

    private static void respondRaw(Context ctx, String json) {
        ctx.contentType(CONTENT_TYPE).result(json);
    }

    private static void error(Context ctx, int status, int errorCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", errorCode);
        body.put("message", message);
        ctx.status(status);
        respond(ctx, body);
    }
}
