package io.newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Speaks the Confluent Schema Registry REST API (v1) over HTTP. Confluent's own client jar is not
 * on Maven Central, the only repository newsflow builds from, so this is the small subset the serdes
 * need, written against the published API: same paths, same JSON, same error codes.
 *
 * <p>Ids are immutable in a registry, so lookups by id and registrations are cached for the life of
 * the client; only "latest" is asked afresh each time.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final int ATTEMPTS = 4;
  private static final Map<String, RestSchemaRegistryClient> SHARED = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<URI> baseUrls;
  private final String authorization;
  private final HttpClient http;
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();

  /**
   * @param urls comma-separated base URLs; the next one is tried when one cannot be reached
   * @param userInfo {@code user:password} for HTTP basic auth, or null
   */
  public RestSchemaRegistryClient(String urls, String userInfo) {
    this.baseUrls = Arrays.stream(urls.split(","))
        .map(String::trim).filter(s -> !s.isEmpty())
        .map(u -> URI.create(u.endsWith("/") ? u : u + "/"))
        .toList();
    this.authorization = userInfo == null || userInfo.isBlank() ? null
        : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** One client (and so one cache) per registry for every serde in the JVM. */
  public static RestSchemaRegistryClient shared(String urls, String userInfo) {
    return SHARED.computeIfAbsent(urls + "\u0000" + userInfo, key -> new RestSchemaRegistryClient(urls, userInfo));
  }

  @Override
  public int register(String subject, Schema schema) {
    Map<Schema, Integer> known = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    Integer cached = known.get(schema);
    if (cached != null) {
      return cached;
    }
    JsonNode reply = send("POST", "subjects/" + encode(subject) + "/versions", schemaBody(schema));
    int id = reply.path("id").asInt();
    known.put(schema, id);
    schemasById.putIfAbsent(id, schema);
    return id;
  }

  @Override
  public Schema schemaById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode reply = send("GET", "schemas/ids/" + id, null);
    Schema schema = new Schema.Parser().parse(reply.path("schema").asText());
    schemasById.putIfAbsent(id, schema);
    return schema;
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return registered(send("GET", "subjects/" + encode(subject) + "/versions/latest", null));
  }

  @Override
  public Optional<RegisteredSchema> lookup(String subject, Schema schema) {
    try {
      return Optional.of(registered(send("POST", "subjects/" + encode(subject), schemaBody(schema))));
    } catch (SchemaRegistryException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public boolean isCompatible(String subject, Schema schema) {
    try {
      JsonNode reply = send("POST", "compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema));
      return reply.path("is_compatible").asBoolean(false);
    } catch (SchemaRegistryException e) {
      if (e.errorCode() == 40401) {
        return true; // a subject with no versions accepts any first schema
      }
      throw e;
    }
  }

  private RegisteredSchema registered(JsonNode reply) {
    Schema schema = new Schema.Parser().parse(reply.path("schema").asText());
    int id = reply.path("id").asInt();
    schemasById.putIfAbsent(id, schema);
    return new RegisteredSchema(reply.path("subject").asText(), reply.path("version").asInt(), id, schema);
  }

  private static String schemaBody(Schema schema) {
    ObjectNode body = JSON.createObjectNode();
    body.put("schema", schema.toString());
    return body.toString();
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Sends with retries: connection failures move on to the next URL, 5xx and 429 are retried with
   * backoff, any other 4xx is the registry's final answer.
   */
  private JsonNode send(String method, String path, String body) {
    SchemaRegistryException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      URI base = baseUrls.get(attempt % baseUrls.size());
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
          .timeout(Duration.ofSeconds(30))
          .header("Accept", CONTENT_TYPE + ", application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        request.header("Content-Type", CONTENT_TYPE);
      }
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      try {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 2) {
          return JSON.readTree(response.body());
        }
        last = error(status, response.body(), method + " " + base.resolve(path));
        if (status < 500 && status != 429) {
          throw last;
        }
      } catch (IOException e) {
        last = new SchemaRegistryException("schema registry at " + base + " cannot be reached: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException("interrupted while calling the schema registry", e);
      }
      backoff(attempt);
    }
    throw last;
  }

  private static SchemaRegistryException error(int status, String body, String call) {
    try {
      JsonNode error = JSON.readTree(body);
      return new SchemaRegistryException(status, error.path("error_code").asInt(status),
          call + ": " + error.path("message").asText(body));
    } catch (IOException notJson) {
      return new SchemaRegistryException(status, status, call + ": " + body);
    }
  }

  private static void backoff(int attempt) {
    try {
      Thread.sleep(100L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
