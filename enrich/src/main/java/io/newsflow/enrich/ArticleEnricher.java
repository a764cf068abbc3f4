package io.newsflow.enrich;

import io.newsflow.enrich.credit.CreditLineParser;
import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityModel;
import io.newsflow.enrich.entity.EntityRecognizer;
import io.newsflow.enrich.html.HtmlReader;
import io.newsflow.enrich.language.LanguageIdentifier;
import io.newsflow.enrich.quote.Quote;
import io.newsflow.enrich.quote.QuoteExtractor;
import io.newsflow.enrich.structure.ArticleStructure;
import io.newsflow.enrich.structure.Block;
import io.newsflow.enrich.structure.Boilerplate;
import io.newsflow.enrich.structure.PlainTextReader;
import io.newsflow.enrich.structure.StructureAssembler;
import io.newsflow.enrich.text.ArticleText;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The enrichment of one raw article: structure, language, picture credits, entities, quotes.
 * Building one loads every word list, the language models and the entity models, so build it once per process and
 * share it: {@link #enrich} is a pure function and safe to call from many Streams threads.
 */
public final class ArticleEnricher {
  /** Bumped whenever a rule or data file changes what the enrichment produces. */
  public static final String VERSION = "rules-8.model-5";

  private final PlainTextReader plainText;
  private final HtmlReader html;
  private final LanguageIdentifier languages;
  private final EntityRecognizer entities;
  private final QuoteExtractor quotes;

  /** With the shipped entity models plus any configured with {@link EntityModel#configured()}. */
  public ArticleEnricher() {
    this(EntityModel::configured);
  }

  public ArticleEnricher(EntityModel entityModel) {
    this(() -> entityModel);
  }

  private ArticleEnricher(Supplier<EntityModel> entityModel) {
    // The language models (~55 % of start-up) and the entity models (~35 %) do not depend on each other: read them
    // side by side, so a stage reaches its first article sooner on a machine with a second core.
    CompletableFuture<LanguageIdentifier> languageModels = CompletableFuture.supplyAsync(LanguageIdentifier::new);
    CreditLineParser credits = new CreditLineParser();
    StructureAssembler assembler = new StructureAssembler(new Boilerplate());
    this.plainText = new PlainTextReader(credits, assembler);
    this.html = new HtmlReader(credits, assembler);
    this.entities = new EntityRecognizer(entityModel.get());
    this.quotes = new QuoteExtractor();
    this.languages = loaded(languageModels);
  }

  /** The loaded value, or what stopped its loading, as it would have been thrown without the second thread. */
  private static <T> T loaded(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      } else if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * @param text the article exactly as received
   * @param contentType its MIME type; text/html is parsed as a page, anything else as plain text
   * @throws UnreadableArticleException when there is no story to read in it
   */
  public EnrichedArticle enrich(String text, String contentType) {
    ArticleStructure structure = isHtml(contentType, text) ? html.read(text) : plainText.read(text);
    ArticleText articleText = ArticleText.of(structure.headline(), structure.lead(),
        structure.body().stream().map(Block::text).toList());
    String language = languages.identify(sampleFor(structure));
    // Entity models and quote rules exist for a few languages; elsewhere the article still gets its
    // structure, language and credits, and only the names a line's shape tells in any language
    // (results, line-ups, datelines) rather than ones guessed from words.
    boolean named = LanguageIdentifier.NAMED_ENTITY_LANGUAGES.contains(language);
    List<Entity> found = named ? entities.recognise(articleText, language) : entities.recogniseByShape(articleText, language);
    List<Quote> speech = named ? quotes.extract(articleText, found, language) : List.of();
    return new EnrichedArticle(language, structure.section(), structure.headline(), structure.lead(),
        structure.body(), structure.images(), found, speech);
  }

  private static String sampleFor(ArticleStructure structure) {
    StringBuilder sample = new StringBuilder(structure.headline());
    if (structure.lead() != null) {
      sample.append(' ').append(structure.lead());
    }
    for (Block block : structure.body()) {
      if (sample.length() > 400) {
        break;
      }
      sample.append(' ').append(block.text());
    }
    return sample.toString();
  }

  private static boolean isHtml(String contentType, String text) {
    if (contentType != null) {
      String type = contentType.toLowerCase(Locale.ROOT);
      return type.contains("html") || type.contains("xml") && text.stripLeading().startsWith("<");
    }
    return false;
  }
}
