package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the article's language with Lingua, built once over all the languages it ships (75), in
 * low-accuracy mode: on a few hundred characters of news prose it agrees with high-accuracy mode
 * while loading a fraction of the models and running several times faster (figures in
 * docs/extraction.md). Thread-safe (Lingua's detector is).
 */
public final class LanguageIdentifier {
  /** The code for "undetermined" (ISO 639-2/3): too little text, or no language stands out. */
  public static final String UNDETERMINED = "und";
  /** Languages entity and quote extraction have word lists and rules for. */
  public static final Set<String> NAMED_ENTITY_LANGUAGES = Set.of("de", "en", "pl", "fr");
  /** Enough text for a stable verdict; more only costs time. */
  private static final int SAMPLE_CHARS = 320;
  /** Below this many letters no detector can tell reliably. */
  private static final int MIN_LETTERS = 12;

  private final LanguageDetector detector;

  public LanguageIdentifier() {
    detector = LanguageDetectorBuilder.fromAllLanguages()
        .withLowAccuracyMode()
        .withPreloadedLanguageModels()
        .build();
  }

  /**
   * The ISO 639-1 code ({@code de}), the ISO 639-3 code where the language has no two-letter one,
   * or {@value #UNDETERMINED} when the text is too short or too mixed to tell. Reads the first
   * {@value #SAMPLE_CHARS} characters.
   */
  public String identify(String text) {
    if (text == null || letters(text) < MIN_LETTERS) {
      return UNDETERMINED;
    }
    String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, cut(text));
    Language language = detector.detectLanguageOf(sample);
    return code(language);
  }

  static String code(Language language) {
    if (language == null || language == Language.UNKNOWN) {
      return UNDETERMINED;
    }
    if (language.getIsoCode639_1() != IsoCode639_1.NONE) {
      return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
    return language.getIsoCode639_3().name().toLowerCase(Locale.ROOT);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static int cut(String text) {
    int space = text.lastIndexOf(' ', SAMPLE_CHARS);
    return space > SAMPLE_CHARS / 2 ? space : SAMPLE_CHARS;
  }
}
