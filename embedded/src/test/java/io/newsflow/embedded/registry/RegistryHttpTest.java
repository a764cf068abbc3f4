package io.newsflow.embedded.registry;

import static io.newsflow.embedded.registry.Schemas.ARTICLE_V1;
import static io.newsflow.embedded.registry.Schemas.ARTICLE_V2;
import static io.newsflow.embedded.registry.Schemas.ARTICLE_WITHOUT_DEFAULT;
import static io.newsflow.embedded.registry.Schemas.CREDIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.embedded.junit.SeenStacks;

/** The registry over real HTTP on the shared embedded broker; each test uses subjects of its own. */
@ExtendWith(EmbeddedStackExtension.class)
class RegistryHttpTest {

    private final EmbeddedStack stack;
    private final RegistryClient registry;
    private final String subject = "article-" + UUID.randomUUID() + "-value";

    RegistryHttpTest(EmbeddedStack stack) {
        this.stack = stack;
        this.registry = new RegistryClient(stack.schemaRegistryUrl());
    }

    @Test
    void runsOnTheOneStackOfThisJvm() {
        assertThat(SeenStacks.record(stack)).isEqualTo(1);
    }

    @Test
    void registersAndServesASchemaByIdSubjectVersionAndLatest() {
        RegistryClient.Response registered = registry.postSchema("/subjects/" + subject + "/versions", ARTICLE_V1);
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.contentType()).startsWith("application/vnd.schemaregistry.v1+json");
        int id = registered.body().get("id").asInt();
        String canonical = new Schema.Parser().parse(ARTICLE_V1).toString();

        assertThat(registry.get("/schemas/ids/" + id).body().get("schema").asText()).isEqualTo(canonical);
        assertThat(registry.get("/subjects").body()).extracting(Object::toString).asString().contains(subject);
        assertThat(registry.get("/subjects/" + subject + "/versions").body().toString()).isEqualTo("[1]");

        var latest = registry.get("/subjects/" + subject + "/versions/latest").body();
        assertThat(latest.get("subject").asText()).isEqualTo(subject);
        assertThat(latest.get("version").asInt()).isEqualTo(1);
        assertThat(latest.get("id").asInt()).isEqualTo(id);
        assertThat(latest.get("schema").asText()).isEqualTo(canonical);
        assertThat(registry.get("/subjects/" + subject + "/versions/1").body()).isEqualTo(latest);

        var lookedUp = registry.postSchema("/subjects/" + subject, ARTICLE_V1);
        assertThat(lookedUp.status()).isEqualTo(200);
        assertThat(lookedUp.body()).isEqualTo(latest);

        assertThat(registry.get("/schemas/ids/" + id + "/versions").body().toString())
                .isEqualTo("[{\"subject\":\"" + subject + "\",\"version\":1}]");
    }

    @Test
    void reRegisteringTheSameSchemaReturnsTheSameIdAndNoNewVersion() {
        int first = registry.register(subject, ARTICLE_V1);
        // Same schema, different whitespace and field order in the JSON object: still the same schema.
        String reformatted = "{ \"namespace\":\"io.newsflow.test\", \"name\":\"Article\", \"type\":\"record\","
                + " \"fields\":[{\"type\":\"string\",\"name\":\"headline\"}] }";

        assertThat(registry.register(subject, reformatted)).isEqualTo(first);
        assertThat(registry.get("/subjects/" + subject + "/versions").body().toString()).isEqualTo("[1]");
    }

    @Test
    void sameSchemaUnderAnotherSubjectGetsTheSameId() {
        int id = registry.register(subject, CREDIT);

        assertThat(registry.register("other-" + subject, CREDIT)).isEqualTo(id);
    }

    @Test
    void evolvesCompatiblyAndRefusesAnIncompatibleChangeWith409() {
        int v1 = registry.register(subject, ARTICLE_V1);
        int v2 = registry.register(subject, ARTICLE_V2);
        assertThat(v2).isNotEqualTo(v1);

        RegistryClient.Response refused = registry.postSchema("/subjects/" + subject + "/versions", ARTICLE_WITHOUT_DEFAULT);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("error_code").asInt()).isEqualTo(409);
        assertThat(refused.body().get("message").asText())
                .startsWith("Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\", details: ")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "lead");
        assertThat(registry.get("/subjects/" + subject + "/versions").body().toString()).isEqualTo("[1,2]");
    }

    @Test
    void answersTheCompatibilityEndpoint() {
        registry.register(subject, ARTICLE_V1);
        String path = "/compatibility/subjects/" + subject + "/versions/latest";

        assertThat(registry.postSchema(path, ARTICLE_V2).body().toString()).isEqualTo("{\"is_compatible\":true}");
        var incompatible = registry.postSchema(path,
                "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"io.newsflow.test\",\"fields\":[{\"name\":\"headline\",\"type\":\"int\"}]}")
                .body();
        assertThat(incompatible.get("is_compatible").asBoolean()).isFalse();
        assertThat(incompatible.get("messages").toString()).contains("TYPE_MISMATCH");
        assertThat(registry.postSchema("/compatibility/subjects/" + subject + "/versions/1", ARTICLE_V2).body()
                .get("is_compatible").asBoolean()).isTrue();
    }

    @Test
    void subjectLevelConfigOverridesTheGlobalDefault() {
        assertThat(registry.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        assertThat(registry.get("/config/" + subject).body().get("error_code").asInt()).isEqualTo(40408);

        var put = registry.put("/config/" + subject, "{\"compatibility\":\"none\"}");
        assertThat(put.body().toString()).isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(registry.get("/config/" + subject).body().get("compatibilityLevel").asText()).isEqualTo("NONE");

        registry.register(subject, ARTICLE_V1);
        // Under NONE even a change that breaks every reader is accepted.
        registry.register(subject, CREDIT);
        assertThat(registry.get("/subjects/" + subject + "/versions").body().toString()).isEqualTo("[1,2]");

        var invalid = registry.put("/config/" + subject, "{\"compatibility\":\"SIDEWAYS\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().get("error_code").asInt()).isEqualTo(42203);
    }

    @Test
    void answersUnknownThingsWithConfluentErrorCodes() {
        assertError(registry.get("/schemas/ids/987654"), 404, 40403);
        assertError(registry.get("/subjects/" + subject + "/versions"), 404, 40401);
        assertError(registry.get("/subjects/" + subject + "/versions/latest"), 404, 40401);
        assertError(registry.postSchema("/subjects/" + subject, ARTICLE_V1), 404, 40401);

        registry.register(subject, ARTICLE_V1);
        assertError(registry.get("/subjects/" + subject + "/versions/7"), 404, 40402);
        assertError(registry.get("/subjects/" + subject + "/versions/zero"), 422, 42202);
        assertError(registry.postSchema("/subjects/" + subject, CREDIT), 404, 40403);
        assertError(registry.postSchema("/subjects/" + subject + "/versions", "{\"type\":\"recrod\"}"), 422, 42201);
        assertError(registry.get("/no/such/route"), 404, 404);
    }

    @Test
    void deletingASubjectHidesItsVersionsButKeepsIdsResolvable() {
        int id = registry.register(subject, ARTICLE_V1);
        registry.register(subject, ARTICLE_V2);

        assertThat(registry.delete("/subjects/" + subject).body().toString()).isEqualTo("[1,2]");

        assertError(registry.get("/subjects/" + subject + "/versions"), 404, 40401);
        assertThat(registry.get("/subjects").body().toString()).doesNotContain(subject);
        assertThat(registry.get("/schemas/ids/" + id).status()).isEqualTo(200);
        // Version numbers are never reused, so "version 1" keeps meaning one schema.
        registry.register(subject, ARTICLE_V1);
        assertThat(registry.get("/subjects/" + subject + "/versions").body().toString()).isEqualTo("[3]");
    }

    @Test
    void aRestartedRegistryOnTheSameBrokerKeepsItsIds() {
        String topic = "_schemas-restart-" + UUID.randomUUID();
        int articleId;
        int creditId;
        try (EmbeddedSchemaRegistry first = EmbeddedSchemaRegistry.start(stack.bootstrapServers(), topic)) {
            RegistryClient client = new RegistryClient(first.url());
            articleId = client.register("article-value", ARTICLE_V1);
            creditId = client.register("credit-value", CREDIT);
            client.put("/config/article-value", "{\"compatibility\":\"FULL\"}");
        }

        try (EmbeddedSchemaRegistry second = EmbeddedSchemaRegistry.start(stack.bootstrapServers(), topic)) {
            RegistryClient client = new RegistryClient(second.url());
            assertThat(client.get("/schemas/ids/" + creditId).body().get("schema").asText())
                    .isEqualTo(new Schema.Parser().parse(CREDIT).toString());
            assertThat(client.register("article-value", ARTICLE_V1)).isEqualTo(articleId);
            assertThat(client.get("/config/article-value").body().get("compatibilityLevel").asText()).isEqualTo("FULL");
            assertThat(client.register("article-value", ARTICLE_V2)).isGreaterThan(Math.max(articleId, creditId));
        }
    }

    private static void assertError(RegistryClient.Response response, int status, int errorCode) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().get("error_code").asInt()).as(response.toString()).isEqualTo(errorCode);
        assertThat(response.body().get("message").asText()).isNotBlank();
    }
}
