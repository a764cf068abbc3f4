package io.newsflow.publish;

import io.newsflow.schemas.serde.TrustedRecords;
import io.newsflow.avro.Block;
import io.newsflow.avro.BlockType;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Mention;
import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.Provenance;
import io.newsflow.avro.Source;
import io.newsflow.avro.Times;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Articles as the enrich stage hands them over: version 1, not yet published. */
public final class TestArticles {
  static {
    // Copying a generated record loads its classes, which Avro 1.12 allows for trusted packages only;
    // in the running stage the serdes have trusted them before the first record arrives.
    TrustedRecords.install();
  }

  private TestArticles() {}

  public static NewsArticle enriched(String id, String contentHash, Instant ingested, Entity... entities) {
    return enriched(id, "wp.pl", contentHash, ingested, entities);
  }

  public static NewsArticle enriched(String id, String source, String contentHash, Instant ingested,
                                     Entity... entities) {
    return NewsArticle.newBuilder()
        .setId(id)
        .setVersion(1)
        .setUri(null)
        .setSection(null)
        .setLead(null)
        .setByline(null)
        .setImages(List.of())
        .setQuotes(List.of())
        .setSource(Source.newBuilder().setName(source).build())
        .setLanguage("pl")
        .setHeadline("Headline of " + id)
        .setBody(List.of(Block.newBuilder().setType(BlockType.PARAGRAPH).setText("Text " + contentHash).build()))
        .setTimes(Times.newBuilder()
            .setFirstCreated(ingested)
            .setVersionCreated(ingested)
            .setIngested(ingested)
            .setPublished(null)
            .build())
        .setEntities(List.of(entities))
        .setWordCount(2)
        .setContentHash(contentHash)
        .setProvenance(Provenance.newBuilder().setPipelineVersion("test").setExtractors(Map.of()).build())
        .build();
  }

  public static Entity entity(EntityType type, String name, int count, String... surfaceForms) {
    List<Mention> mentions = Arrays.stream(surfaceForms)
        .map(text -> Mention.newBuilder().setText(text).setStart(0).setEnd(text.length()).build())
        .toList();
    return Entity.newBuilder().setType(type).setName(name).setMentions(mentions).setCount(count).build();
  }
}
