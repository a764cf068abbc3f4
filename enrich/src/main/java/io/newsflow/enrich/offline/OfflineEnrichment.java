package io.newsflow.enrich.offline;

import io.newsflow.avro.NewsArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Source;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichedArticle;
import io.newsflow.enrich.UnreadableArticleException;
import io.newsflow.enrich.record.NewsArticleMapper;
import io.newsflow.schemas.json.RecordJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Enriches article files without Kafka: {@code --out DIR FILE...} writes DIR/NAME.json, the
 * published record of each file as plain JSON. A file that cannot be read or has no story is
 * reported on stderr and skipped; the exit status says whether any failed.
 */
public final class OfflineEnrichment {
  private final ArticleEnricher enricher;
  private final Clock clock;

  public OfflineEnrichment(ArticleEnricher enricher, Clock clock) {
    this.enricher = enricher;
    this.clock = clock;
  }

  public static void main(String[] args) {
    List<Path> files = new ArrayList<>();
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (out == null || files.isEmpty()) {
      System.err.println("usage: enrich --out DIR FILE...   (FILE: .txt plain text, .html/.htm page)");
      System.exit(2);
    }
    System.exit(new OfflineEnrichment(new ArticleEnricher(), Clock.systemUTC()).run(out, files, System.err));
  }

  /** @return 0 when every file was written, 1 when any failed (the others are still written) */
  public int run(Path outDir, List<Path> files, PrintStream err) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      err.println("cannot create output directory " + outDir + ": " + e.getMessage());
      return 1;
    }
    int failed = 0;
    for (Path file : files) {
      try {
        NewsArticle article = enrichFile(file);
        Files.writeString(outDir.resolve(baseName(file) + ".json"), RecordJson.toJson(article), StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        failed++;
        err.println(file + ": not valid UTF-8 text; convert it to UTF-8 and retry");
      } catch (IOException e) {
        failed++;
        err.println(file + ": cannot read or write: " + e);
      } catch (UnreadableArticleException e) {
        failed++;
        err.println(file + ": no article found: " + e.getMessage());
      } catch (RuntimeException e) {
        // A defect in a rule must cost one file, not the batch (the streaming stage dead-letters it likewise).
        failed++;
        err.println(file + ": enrichment failed (" + e + "); please report this file to the newsflow developers");
      }
    }
    return failed == 0 ? 0 : 1;
  }

  NewsArticle enrichFile(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String contentType = contentType(file);
    Instant now = clock.instant();
    RawArticle raw = RawArticle.newBuilder()
        .setId(NewsArticleMapper.sha256Hex(text))
        .setSource(new Source("file", null, file.getFileName().toString()))
        .setReceivedAt(now)
        .setContentType(contentType)
        .setText(text)
        .setMetadata(Map.of())
        .build();
    EnrichedArticle enriched = enricher.enrich(text, contentType);
    return NewsArticleMapper.toNewsArticle(raw, enriched);
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain";
  }

  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
