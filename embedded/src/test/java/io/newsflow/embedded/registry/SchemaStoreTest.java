package io.newsflow.embedded.registry;

import static io.newsflow.embedded.registry.Schemas.ARTICLE_V1;
import static io.newsflow.embedded.registry.Schemas.ARTICLE_V2;
import static io.newsflow.embedded.registry.Schemas.ARTICLE_WITHOUT_DEFAULT;
import static io.newsflow.embedded.registry.Schemas.CREDIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SchemaStoreTest {

    private final List<LogEntry> journal = new ArrayList<>();
    private final SchemaStore store = new SchemaStore();

    @Test
    void handsOutGlobalIdsAndVersionsPerSubject() {
        assertThat(store.register("article-value", ARTICLE_V1, journal::add)).isEqualTo(1);
        assertThat(store.register("article-value", ARTICLE_V2, journal::add)).isEqualTo(2);
        assertThat(store.register("credit-value", CREDIT, journal::add)).isEqualTo(3);

        assertThat(store.versions("article-value")).containsExactly(1, 2);
        assertThat(store.version("article-value", "latest").id()).isEqualTo(2);
        assertThat(store.version("article-value", "-1").version()).isEqualTo(2);
        assertThat(store.subjects()).containsExactly("article-value", "credit-value");
    }

    @Test
    void reusesTheIdOfAKnownSchemaAndWritesNothingForARepeat() {
        int id = store.register("article-value", ARTICLE_V1, journal::add);

        assertThat(store.register("article-value", ARTICLE_V1, journal::add)).isEqualTo(id);
        assertThat(store.register("archive-value", ARTICLE_V1, journal::add)).isEqualTo(id);
        assertThat(journal).hasSize(2);
        assertThat(store.usagesOf(id)).extracting(RegisteredSchema::subject)
                .containsExactly("archive-value", "article-value");
    }

    @Test
    void refusesAFieldWithoutDefaultUnderBackward() {
        store.register("article-value", ARTICLE_V1, journal::add);
        store.register("article-value", ARTICLE_V2, journal::add);

        assertThatThrownBy(() -> store.register("article-value", ARTICLE_WITHOUT_DEFAULT, journal::add))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("READER_FIELD_MISSING_DEFAULT_VALUE", "oldSchemaVersion: 2");
                });
        assertThat(journal).hasSize(2);
    }

    @Test
    void transitiveLevelsCheckEveryEarlierVersion() {
        String headlineOnly = ARTICLE_V1;
        String headlineAndLead = """
                {"type":"record","name":"Article","namespace":"io.newsflow.test","fields":[
                  {"name":"headline","type":"string"},{"name":"lead","type":"string","default":""}]}""";
        // Drops the default again: reads v2 data (lead present) but not v1 data (lead missing).
        String leadWithoutDefault = """
                {"type":"record","name":"Article","namespace":"io.newsflow.test","fields":[
                  {"name":"headline","type":"string"},{"name":"lead","type":"string"}]}""";
        store.register("plain", headlineOnly, journal::add);
        store.register("plain", headlineAndLead, journal::add);
        store.register("transitive", headlineOnly, journal::add);
        store.register("transitive", headlineAndLead, journal::add);
        store.setSubjectLevel("transitive", CompatibilityLevel.BACKWARD_TRANSITIVE, journal::add);

        assertThat(store.register("plain", leadWithoutDefault, journal::add)).isPositive();
        assertThatThrownBy(() -> store.register("transitive", leadWithoutDefault, journal::add))
                .hasMessageContaining("oldSchemaVersion: 1");
    }

    @Test
    void forwardAndFullCheckThatOldReadersCopeWithNewData() {
        store.register("forward", ARTICLE_V2, journal::add);
        store.setSubjectLevel("forward", CompatibilityLevel.FORWARD, journal::add);

        // Old readers expect "language" with a default, so data without it is fine for them...
        assertThat(store.compatibilityProblems("forward", "latest", ARTICLE_V1)).isEmpty();
        // ...but a record with a different name is not the same record for them.
        assertThat(store.compatibilityProblems("forward", "latest", CREDIT)).isNotEmpty();

        store.setSubjectLevel("forward", CompatibilityLevel.FULL, journal::add);
        assertThat(store.compatibilityProblems("forward", "latest", ARTICLE_WITHOUT_DEFAULT)).isNotEmpty();
        assertThat(store.level("forward")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(store.level("elsewhere")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void rebuildsTheSameStateFromItsJournal() {
        store.register("article-value", ARTICLE_V1, journal::add);
        store.register("article-value", ARTICLE_V2, journal::add);
        store.register("credit-value", CREDIT, journal::add);
        store.setGlobalLevel(CompatibilityLevel.FULL, journal::add);
        store.deleteSubject("credit-value", false, journal::add);

        SchemaStore rebuilt = new SchemaStore();
        journal.forEach(rebuilt::apply);

        assertThat(rebuilt.subjects()).containsExactly("article-value");
        assertThat(rebuilt.version("article-value", "2")).isEqualTo(store.version("article-value", "2"));
        assertThat(rebuilt.schemaById(3)).isEqualTo(store.schemaById(3));
        assertThat(rebuilt.globalLevel()).isEqualTo(CompatibilityLevel.FULL);
        assertThat(rebuilt.register("next", Schemas.ARTICLE_WITHOUT_DEFAULT, e -> { })).isEqualTo(4);
    }

    @Test
    void softDeleteKeepsIdsAndNeverReusesVersionNumbers() {
        int id = store.register("article-value", ARTICLE_V1, journal::add);

        assertThat(store.deleteSubject("article-value", false, journal::add)).containsExactly(1);

        assertThatThrownBy(() -> store.versions("article-value"))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThat(store.schemaById(id)).contains("headline");
        assertThat(store.register("article-value", ARTICLE_V1, journal::add)).isEqualTo(id);
        assertThat(store.versions("article-value")).containsExactly(2);

        assertThat(store.deleteSubject("article-value", true, journal::add)).containsExactly(1, 2);
        assertThat(store.subjects()).isEmpty();
    }

    @Test
    void refusesInvalidSchemasAndVersions() {
        assertThatThrownBy(() -> store.register("s", "{\"type\":\"record\",\"name\":\"X\"}", journal::add))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42201));
        assertThatThrownBy(() -> store.register("s", "not json", journal::add))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42201));
        store.register("s", ARTICLE_V1, journal::add);
        assertThatThrownBy(() -> store.version("s", "0"))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42202));
        assertThatThrownBy(() -> store.version("s", "5"))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> store.schemaById(42))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    }

    @Test
    void aFailingJournalLeavesTheStateUntouched() {
        assertThatThrownBy(() -> store.register("s", ARTICLE_V1, e -> {
            throw new RegistryException(500, 50001, "broker down");
        })).hasMessage("broker down");

        assertThat(store.subjects()).isEmpty();
        assertThat(store.register("s", ARTICLE_V1, journal::add)).isEqualTo(1);
    }
}
