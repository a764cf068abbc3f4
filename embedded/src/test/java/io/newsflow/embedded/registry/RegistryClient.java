package io.newsflow.embedded.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Talks to the registry over real HTTP, as a Confluent serializer would. */
final class RegistryClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;

    RegistryClient(String url) {
        this.url = url;
    }

    record Response(int status, JsonNode body, String contentType) {
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).DELETE());
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response postSchema(String path, String avroSchema) {
        ObjectNode body = JSON.createObjectNode().put("schema", avroSchema);
        return post(path, body.toString());
    }

    /** Registers and returns the id, failing the test on anything but 200. */
    int register(String subject, String avroSchema) {
        Response response = postSchema("/subjects/" + subject + "/versions", avroSchema);
        if (response.status() != 200) {
            throw new AssertionError("register failed: " + response);
        }
        return response.body().get("id").asInt();
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.header("Content-Type", "application/vnd.schemaregistry.v1+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JSON.readTree(response.body()),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
