package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building an enricher: the models load side by side, and a model that cannot load stops it with its own error. */
class ArticleEnricherStartTest {
  @Test
  void aMissingModelFolderStopsTheBuildWithItsOwnError(@TempDir Path dir) {
    String before = System.getProperty("newsflow.entity.models");
    System.setProperty("newsflow.entity.models", dir.resolve("no-such-folder").toString());
    try {
      assertThatThrownBy(ArticleEnricher::new)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no-such-folder")
          .hasMessageContaining("does not exist");
    } finally {
      if (before == null) {
        System.clearProperty("newsflow.entity.models");
      } else {
        System.setProperty("newsflow.entity.models", before);
      }
    }
  }

  @Test
  void anEnricherBuiltWithBothLoadsReadsLanguageAndNames() {
    EnrichedArticle a = new ArticleEnricher().enrich("""
        Haushalt beschlossen

        Der Bundestag in Berlin hat am Freitag den Haushalt für das kommende Jahr beschlossen. Bundeskanzler Olaf Scholz sprach von einem guten Tag.
        """, "text/plain");
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.entities()).extracting(e -> e.name()).contains("Berlin", "Olaf Scholz");
  }
}
