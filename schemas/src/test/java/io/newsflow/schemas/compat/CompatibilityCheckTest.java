package io.newsflow.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityCheckTest {
  private static final String RELEASED = """
      {"type": "record", "name": "Article", "namespace": "t",
       "fields": [{"name": "headline", "type": "string"}]}""";

  @Test
  void currentSchemasAreCompatibleWithReleasedOnes() throws Exception {
    assertThat(CompatibilityCheck.check(Path.of("released"), Path.of("src/main/avro"))).isEmpty();
  }

  @Test
  void newFieldWithoutDefaultIsNamed(@TempDir Path dir) throws Exception {
    Path released = write(dir.resolve("released"), RELEASED);
    Path current = write(dir.resolve("current"), """
        {"type": "record", "name": "Article", "namespace": "t",
         "fields": [{"name": "headline", "type": "string"}, {"name": "dateline", "type": "string"}]}""");

    List<CompatibilityCheck.Violation> violations = CompatibilityCheck.check(released, current);

    assertThat(violations).singleElement().satisfies(v -> assertThat(v.toString()).contains("dateline"));
  }

  @Test
  void newFieldWithDefaultIsAllowed(@TempDir Path dir) throws Exception {
    Path released = write(dir.resolve("released"), RELEASED);
    Path current = write(dir.resolve("current"), """
        {"type": "record", "name": "Article", "namespace": "t",
         "fields": [{"name": "headline", "type": "string"},
                    {"name": "dateline", "type": ["null", "string"], "default": null}]}""");

    assertThat(CompatibilityCheck.check(released, current)).isEmpty();
  }

  @Test
  void changedTypeFailsTheBuildNamingTheField(@TempDir Path dir) throws Exception {
    Path released = write(dir.resolve("released"), RELEASED);
    Path current = write(dir.resolve("current"), """
        {"type": "record", "name": "Article", "namespace": "t",
         "fields": [{"name": "headline", "type": "int"}]}""");

    assertThatThrownBy(() -> CompatibilityCheck.main(new String[] {released.toString(), current.toString()}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not BACKWARD compatible")
        .hasMessageContaining("headline");
  }

  @Test
  void removedSchemaIsReported(@TempDir Path dir) throws Exception {
    Path released = write(dir.resolve("released"), RELEASED);
    Files.createDirectories(dir.resolve("current"));

    assertThat(CompatibilityCheck.check(released, dir.resolve("current")))
        .singleElement().satisfies(v -> assertThat(v.problem()).contains("removed"));
  }

  private static Path write(Path dir, String schema) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Article.avsc"), schema);
    return dir;
  }
}
