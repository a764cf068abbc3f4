package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** Reading the test articles under {@code /io/newsflow/enrich/articles/} and checking them like an editor. */
public final class ArticleAssertions {
  private ArticleAssertions() {}

  public static EnrichedArticle article(String name) {
    String path = "/io/newsflow/enrich/articles/" + name;
    try (InputStream in = ArticleAssertions.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no test article " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return TestArticles.ENRICHER.enrich(text, name.endsWith(".html") ? "text/html" : "text/plain");
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }

  public static Entity entity(EnrichedArticle a, EntityType type, String name) {
    return a.entities().stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(type + " " + name + " not among "
            + a.entities().stream().map(e -> e.type() + " " + e.name()).toList()));
  }

  /** The entity of that canonical name, whatever its type. */
  public static Entity named(EnrichedArticle a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + a.entities().stream().map(Entity::name).toList()));
  }

  public static List<String> mentions(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  public static List<String> names(EnrichedArticle a, EntityType type) {
    return a.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }

  public static void assertCredit(EnrichedArticle a, String provider, String creator) {
    assertThat(a.images()).extracting(Credit::provider, Credit::creator).contains(Tuple.tuple(provider, creator));
  }

  public static void assertQuote(EnrichedArticle a, String contains, String speaker) {
    assertThat(a.quotes()).as("quote with '" + contains + "'")
        .anySatisfy(q -> {
          assertThat(q.text()).contains(contains);
          assertThat(q.speaker()).isEqualTo(speaker);
        });
  }

  public static void assertNoEntityFrom(EnrichedArticle a, String... texts) {
    for (Entity e : a.entities()) {
      for (String t : texts) {
        assertThat(mentions(e)).as(e.name()).doesNotContain(t);
      }
    }
  }
}
