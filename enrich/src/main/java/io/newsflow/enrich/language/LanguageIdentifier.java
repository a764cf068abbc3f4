package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the article's language with Lingua over all the languages it ships (75), in low-accuracy
 * mode: on a few hundred characters of news prose it agrees with high-accuracy mode while loading a
 * fraction of the models (figures in docs/extraction.md). Lingua cleans the text up; its rule steps
 * ({@link LinguaRules}) and its trigram scoring over its own models ({@link NgramTable}) are computed
 * here, because Lingua's per-language map lookups and per-character rules cost 2 ms per article. Every step
 * repeats Lingua 1.2.2's arithmetic exactly (same n-grams in the same order, same float sums, same tie rule),
 * so the answers are Lingua's {@code detectLanguageOf}'s: {@code LinguaAgreementTest} compares them. Thread-safe.
 */
public final class LanguageIdentifier {
  /** The code for "undetermined" (ISO 639-2/3): too little text, or no language stands out. */
  public static final String UNDETERMINED = "und";
  /** Languages entity and quote extraction have word lists and rules for. */
  public static final Set<String> NAMED_ENTITY_LANGUAGES = Set.of("de", "en", "pl", "fr");
  /** Enough text for a stable verdict; more only costs time. */
  private static final int SAMPLE_CHARS = 320;
  /** How much of the article a second reading takes when the first sample names a language outside the newsroom's. */
  private static final int SECOND_SAMPLE_CHARS = 4_000;
  /** Below this many letters no detector can tell reliably. */
  private static final int MIN_LETTERS = 12;

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final Pattern NO_LETTER = Pattern.compile("^[^\\p{L}]+$");
  private static final Language[] BY_ORDINAL = Language.values();

  /** For Lingua's text clean-up only: no model is ever loaded into it, the scoring reads {@link Models#TABLE}. */
  private final LanguageDetector detector;
  private final NgramTable table;
  private final LinguaRules rules = new LinguaRules();

  public LanguageIdentifier() {
    detector = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
    table = Models.TABLE;
  }

  /** One table per process, however many enrichers are built (the tests build many). */
  private static final class Models {
    static final NgramTable TABLE = NgramTable.of(Language.all());
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
    String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, cut(text, SAMPLE_CHARS));
    String first = code(detect(sample));
    if (NAMED_ENTITY_LANGUAGES.contains(first) || text.length() <= SAMPLE_CHARS) {
      return first;
    }
    // An opening made of names and figures (a results table, a dateline with foreign places) can read as
    // another language; the rest of the article, read before giving up on the newsroom's languages, decides.
    String longer = text.length() <= SECOND_SAMPLE_CHARS ? text : text.substring(0, cut(text, SECOND_SAMPLE_CHARS));
    String second = code(detect(longer));
    return NAMED_ENTITY_LANGUAGES.contains(second) ? second : first;
  }

  /** What Lingua's {@code detectLanguageOf} answers in low-accuracy mode, step by step. */
  Language detect(String text) {
    String cleaned = detector.cleanUpInputText$lingua(text);
    if (cleaned.isEmpty() || NO_LETTER.matcher(cleaned).matches()) {
      return Language.UNKNOWN;
    }
    List<String> words = rules.words(cleaned);
    Language byRules = rules.decided(words);
    if (byRules != Language.UNKNOWN) {
      return byRules;
    }
    Set<Language> candidates = rules.candidates(words);
    if (candidates.size() == 1) {
      return candidates.iterator().next();
    }
    if (cleaned.length() < 3) {
      return Language.UNKNOWN;
    }
    return scored(trigrams(cleaned), candidates);
  }

  /** The distinct all-letter trigrams, in the iteration order of a HashSet filled left to right as Lingua's is. */
  private static Set<String> trigrams(String cleaned) {
    Set<String> trigrams = new HashSet<>();
    for (int i = 0; i + 3 <= cleaned.length(); i++) {
      char a = cleaned.charAt(i);
      char b = cleaned.charAt(i + 1);
      char c = cleaned.charAt(i + 2);
      boolean letters = Character.isSurrogate(a) || Character.isSurrogate(b) || Character.isSurrogate(c)
          ? LETTERS.matcher(cleaned.substring(i, i + 3)).matches()
          : Character.isLetter(a) && Character.isLetter(b) && Character.isLetter(c);
      if (letters) {
        trigrams.add(cleaned.substring(i, i + 3));
      }
    }
    return trigrams;
  }

  /**
   * Per candidate, the sum of {@code ln p} over the trigrams, each taken from the longest of trigram, its first two
   * letters, its first letter that the language's model has; the highest sum wins, a tie is undetermined.
   */
  private Language scored(Set<String> trigrams, Set<Language> candidates) {
    boolean[] candidate = new boolean[BY_ORDINAL.length];
    for (Language language : candidates) {
      candidate[language.ordinal()] = true;
    }
    float[] sums = new float[BY_ORDINAL.length];
    int[] counted = new int[BY_ORDINAL.length];
    int stamp = 0;
    for (String trigram : trigrams) {
      stamp++;
      int uncounted = candidates.size();
      for (int n = 3; n >= 1 && uncounted > 0; n--) {
        int slot = table.slot(NgramTable.key(trigram, 0, n));
        if (slot < 0) {
          continue;
        }
        for (int i = table.from(slot), to = table.to(slot); i < to; i++) {
          int language = table.language(i);
          float log = table.log(i);
          if (candidate[language] && counted[language] != stamp && !Float.isNaN(log)) {
            sums[language] += log;
            counted[language] = stamp;
            uncounted--;
          }
        }
      }
    }
    float highest = Float.NEGATIVE_INFINITY;
    for (int l = 0; l < sums.length; l++) {
      if (candidate[l] && sums[l] < 0 && sums[l] > highest) {
        highest = sums[l];
      }
    }
    Language best = Language.UNKNOWN;
    double bestConfidence = -1;
    boolean tie = false;
    for (int l = 0; l < sums.length; l++) {
      if (!candidate[l] || !(sums[l] < 0)) {
        continue;
      }
      // Lingua's relative confidence, computed as it does (float division), so equal values tie as they do there.
      double confidence = highest / sums[l];
      if (confidence > bestConfidence) {
        bestConfidence = confidence;
        best = BY_ORDINAL[l];
        tie = false;
      } else if (confidence == bestConfidence) {
        tie = true;
      }
    }
    return tie ? Language.UNKNOWN : best;
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

  private static int cut(String text, int chars) {
    int space = text.lastIndexOf(' ', chars);
    return space > chars / 2 ? space : chars;
  }
}
