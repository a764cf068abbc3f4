package io.newsflow.enrich.record;

import io.newsflow.avro.BlockType;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Image;
import io.newsflow.avro.Mention;
import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.Provenance;
import io.newsflow.avro.Quote;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.avro.Times;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichedArticle;
import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.entity.Entity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the published {@link NewsArticle} (version 1) from the raw article and what the
 * enrichment found. Times all start at the moment the raw article was accepted; the publish stage
 * sets {@code published} and later versions.
 */
public final class NewsArticleMapper {
  public static final String PIPELINE_VERSION = "newsflow-enrich-0.1.0";

  private NewsArticleMapper() {}

  public static NewsArticle toNewsArticle(RawArticle raw, EnrichedArticle article) {
    Source source = Source.newBuilder(raw.getSource()).build();
    return NewsArticle.newBuilder()
        .setId(raw.getId())
        .setVersion(1)
        .setUri(source.getUrl())
        .setSource(source)
        .setLanguage(article.language())
        .setSection(article.section())
        .setHeadline(article.headline())
        .setLead(article.lead())
        .setBody(article.body().stream().map(NewsArticleMapper::block).toList())
        .setByline(null)
        .setTimes(Times.newBuilder()
            .setFirstCreated(raw.getReceivedAt())
            .setVersionCreated(raw.getReceivedAt())
            .setIngested(raw.getReceivedAt())
            .setPublished(null)
            .build())
        .setEntities(article.entities().stream().map(NewsArticleMapper::entity).toList())
        .setImages(article.images().stream().map(NewsArticleMapper::image).toList())
        .setQuotes(article.quotes().stream().map(q -> new Quote(q.text(), q.speaker())).toList())
        .setWordCount(article.wordCount())
        .setContentHash(sha256Hex(raw.getText()))
        .setProvenance(new Provenance(PIPELINE_VERSION, extractors()))
        .build();
  }

  /** SHA-256 of the text as UTF-8, lower-case hex: equal hashes mean an unchanged re-send. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256, which every Java platform must provide", e);
    }
  }

  private static Map<String, String> extractors() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("structure", ArticleEnricher.VERSION);
    versions.put("language", "lingua-1.2.2-low-accuracy-all-languages");
    versions.put("credits", ArticleEnricher.VERSION);
    versions.put("entities", "gazetteer-" + ArticleEnricher.VERSION);
    versions.put("quotes", ArticleEnricher.VERSION);
    return versions;
  }

  private static io.newsflow.avro.Block block(io.newsflow.enrich.structure.Block block) {
    return new io.newsflow.avro.Block(BlockType.valueOf(block.type().name()), block.text());
  }

  private static io.newsflow.avro.Entity entity(Entity entity) {
    List<Mention> mentions = entity.mentions().stream()
        .map(m -> new Mention(m.text(), m.start(), m.end()))
        .toList();
    return new io.newsflow.avro.Entity(EntityType.valueOf(entity.type().name()), entity.name(), mentions, mentions.size());
  }

  private static Image image(Credit credit) {
    return new Image(credit.caption(), credit.creditLine(), credit.provider(), credit.creator());
  }
}
