package io.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import io.newsflow.schemas.serde.SpecificAvroSerializer;
import io.newsflow.schemas.serde.WireFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST client and serdes against a registry over real HTTP. */
@ExtendWith(EmbeddedStackExtension.class)
class RestSchemaRegistryClientTest {
  private final EmbeddedStack stack;
  private final String subject = "client-test-" + UUID.randomUUID() + "-value";

  RestSchemaRegistryClientTest(EmbeddedStack stack) {
    this.stack = stack;
  }

  @Test
  void registersLooksUpAndResolvesIds() {
    RestSchemaRegistryClient client = new RestSchemaRegistryClient(stack.schemaRegistryUrl(), null);

    int id = client.register(subject, Source.getClassSchema());

    assertThat(client.register(subject, Source.getClassSchema())).isEqualTo(id);
    assertThat(new RestSchemaRegistryClient(stack.schemaRegistryUrl(), null).schemaById(id))
        .isEqualTo(Source.getClassSchema());
    assertThat(client.latest(subject).version()).isEqualTo(1);
    assertThat(client.lookup(subject, Source.getClassSchema())).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(id));
    assertThat(client.lookup(subject, RawArticle.getClassSchema())).isEmpty();
  }

  @Test
  void incompatibleChangeIsRefusedWithTheRegistrysReason() {
    RestSchemaRegistryClient client = new RestSchemaRegistryClient(stack.schemaRegistryUrl(), null);
    client.register(subject, Source.getClassSchema());
    Schema renamedWithoutDefault = new Schema.Parser().parse("""
        {"type": "record", "name": "Source", "namespace": "io.newsflow.avro",
         "fields": [{"name": "outlet", "type": "string"}]}""");

    assertThat(client.isCompatible(subject, renamedWithoutDefault)).isFalse();
    assertThatThrownBy(() -> client.register(subject, renamedWithoutDefault))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void unknownIdIsA404WithConfluentErrorCode() {
    RestSchemaRegistryClient client = new RestSchemaRegistryClient(stack.schemaRegistryUrl(), null);

    assertThatThrownBy(() -> client.schemaById(987654))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
  }

  @Test
  void unreachableRegistryIsReportedAfterRetries() {
    RestSchemaRegistryClient client = new RestSchemaRegistryClient("http://127.0.0.1:1", null);

    assertThatThrownBy(() -> client.schemaById(1))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(-1);
          assertThat(e.getMessage()).contains("cannot be reached");
        });
  }

  @Test
  void framedRecordIdResolvesThroughTheRestApi() throws Exception {
    Map<String, Object> config = Map.of("schema.registry.url", stack.schemaRegistryUrl());
    SpecificAvroSerializer<Source> serializer = new SpecificAvroSerializer<>();
    serializer.configure(config, false);
    String topic = "framing-" + UUID.randomUUID();

    byte[] bytes = serializer.serialize(topic, Source.newBuilder().setName("dpa").build());

    assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
    int id = WireFormat.schemaId(bytes);
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/schemas/ids/" + id)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("io.newsflow.avro").contains("Source");
    SpecificAvroDeserializer<Source> deserializer = new SpecificAvroDeserializer<>();
    deserializer.configure(config, false);
    assertThat(deserializer.deserialize(topic, bytes).getName()).isEqualTo("dpa");
  }

  @Test
  void serializerWithoutAutoRegisterNeedsTheSchemaRegistered() {
    SpecificAvroSerializer<NewsArticle> serializer = new SpecificAvroSerializer<>();
    serializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl(), "auto.register.schemas", "false"), false);
    NewsArticle article = NewsArticles.minimal();

    assertThatThrownBy(() -> serializer.serialize("never-registered-" + UUID.randomUUID(), article))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not registered");
  }

  /** Smallest valid article, for serde tests. */
  static final class NewsArticles {
    static NewsArticle minimal() {
      Instant now = Instant.parse("2026-11-25T10:00:00Z");
      return NewsArticle.newBuilder()
          .setId("a1").setSource(Source.newBuilder().setName("test").build()).setHeadline("Headline")
          .setTimes(io.newsflow.avro.Times.newBuilder().setFirstCreated(now).setVersionCreated(now).setIngested(now).build())
          .setContentHash("00").setProvenance(io.newsflow.avro.Provenance.newBuilder().setPipelineVersion("test").build())
          .build();
    }
  }
}
