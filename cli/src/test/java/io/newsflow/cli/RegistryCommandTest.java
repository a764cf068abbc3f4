package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class RegistryCommandTest {
  private static final String SCHEMA =
      "{\"schema\": \"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Headline\\\",\\\"fields\\\":[{\\\"name\\\":\\\"text\\\",\\\"type\\\":\\\"string\\\"}]}\"}";

  private final EmbeddedStack stack;
  private final HttpClient http = HttpClient.newHttpClient();

  RegistryCommandTest(EmbeddedStack stack) {
    this.stack = stack;
  }

  @Test
  void servesTheConfluentApiOverHttpAndKeepsIdsAcrossARestart() throws Exception {
    String topic = "_schemas-" + UUID.randomUUID();
    String registered;
    try (RegistryCommand.Running registry = RegistryCommand.start(stack.bootstrapServers(), topic, "127.0.0.1", 0)) {
      HttpResponse<String> post = send(registry, "POST", "/subjects/news.headlines-value/versions", SCHEMA);
      assertThat(post.statusCode()).isEqualTo(200);
      registered = post.body();
      assertThat(registered).matches("\\{\"id\":\\s*\\d+}");
    }
    try (RegistryCommand.Running restarted = RegistryCommand.start(stack.bootstrapServers(), topic, "127.0.0.1", 0)) {
      String id = registered.replaceAll("\\D", "");
      HttpResponse<String> byId = send(restarted, "GET", "/schemas/ids/" + id, null);
      assertThat(byId.statusCode()).isEqualTo(200);
      assertThat(byId.body()).contains("Headline");
      assertThat(send(restarted, "GET", "/schemas/ids/" + (Integer.parseInt(id) + 1000), null).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aPortInUseFailsTheStart() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> RegistryCommand.start(stack.bootstrapServers(), "_schemas-" + UUID.randomUUID(),
          "127.0.0.1", taken.getLocalPort()))
          .isInstanceOf(RuntimeException.class);
    }
  }

  private HttpResponse<String> send(RegistryCommand.Running registry, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + registry.port() + path))
        .header("Content-Type", "application/vnd.schemaregistry.v1+json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
