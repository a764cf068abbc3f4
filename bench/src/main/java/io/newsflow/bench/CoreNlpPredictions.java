package io.newsflow.bench;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.Provenance;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichedArticle;
import io.newsflow.enrich.UnreadableArticleException;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.Mention;
import io.newsflow.enrich.record.NewsArticleMapper;
import io.newsflow.schemas.json.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CoreNlpPredictions --out DIR [--merge-surnames] FILE...}: writes DIR/NAME.json like the
 * offline enrichment, but with the entities found by CoreNLP's German NER, so the corpus scorer
 * compares the two recognisers and nothing else. CoreNLP reads the same text newsflow's entities
 * come from (headline, lead and body as the enrichment extracted them), and its mention offsets
 * point into that text, as newsflow's do.
 *
 * <p>{@code --merge-surnames} folds a one-word person ("Trump") into the only longer person name
 * ending in it ("Donald Trump"): CoreNLP without coreference cannot, and the scorer counts the
 * second entity as a false positive. With and without it separates recognition from merging.
 */
public final class CoreNlpPredictions {

  public static void main(String[] args) {
    Path out = null;
    boolean mergeSurnames = false;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--merge-surnames" -> mergeSurnames = true;
        default -> files.add(Path.of(args[i]));
      }
    }
    if (out == null || files.isEmpty()) {
      System.err.println("usage: CoreNlpPredictions --out DIR [--merge-surnames] FILE...");
      System.exit(2);
    }
    ArticleEnricher enricher = new ArticleEnricher();
    GermanNer ner = new GermanNer();
    int failed = 0;
    for (Path file : files) {
      CorpusArticle article = CorpusArticle.read(file);
      try {
        NewsArticle record = predict(enricher, ner, article, mergeSurnames);
        Files.createDirectories(out);
        Files.writeString(out.resolve(article.name() + ".json"), RecordJson.toJson(record), StandardCharsets.UTF_8);
      } catch (UnreadableArticleException e) {
        failed++;
        System.err.println(file + ": no article found: " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write prediction for " + file + " to " + out, e);
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  static NewsArticle predict(ArticleEnricher enricher, GermanNer ner, CorpusArticle article, boolean mergeSurnames) {
    EnrichedArticle enriched = enricher.enrich(article.text(), article.contentType());
    List<Entity> entities = ner.entities(enriched.text());
    if (mergeSurnames) {
      entities = mergeSurnames(entities);
    }
    // The record carries the CoreNLP entities and everything else exactly as newsflow found it.
    EnrichedArticle withCoreNlp = new EnrichedArticle(enriched.language(), enriched.section(), enriched.headline(),
        enriched.lead(), enriched.body(), enriched.images(), entities, enriched.quotes());
    RawArticle raw = RawArticle.newBuilder()
        .setId(NewsArticleMapper.sha256Hex(article.text()))
        .setSource(new Source("file", null, article.name()))
        .setReceivedAt(Instant.EPOCH)
        .setContentType(article.contentType())
        .setText(article.text())
        .setMetadata(Map.of())
        .build();
    NewsArticle record = NewsArticleMapper.toNewsArticle(raw, withCoreNlp);
    Map<String, String> extractors = new LinkedHashMap<>(record.getProvenance().getExtractors());
    extractors.put("entities", GermanNer.VERSION + (mergeSurnames ? "+surnames" : ""));
    record.setProvenance(new Provenance(record.getProvenance().getPipelineVersion(), extractors));
    return record;
  }

  static List<Entity> mergeSurnames(List<Entity> entities) {
    Map<Entity, List<Mention>> merged = new LinkedHashMap<>();
    for (Entity entity : entities) {
      merged.put(entity, new ArrayList<>(entity.mentions()));
    }
    for (Entity single : entities) {
      if (single.type() != EntityType.PERSON || single.name().contains(" ")) {
        continue;
      }
      List<Entity> fuller = entities.stream()
          .filter(e -> e.type() == EntityType.PERSON && e.name().endsWith(" " + single.name()))
          .toList();
      if (fuller.size() == 1) {
        merged.get(fuller.get(0)).addAll(merged.remove(single));
      }
    }
    List<Entity> result = new ArrayList<>();
    merged.forEach((entity, mentions) -> result.add(new Entity(entity.type(), entity.name(), mentions)));
    return result;
  }
}
