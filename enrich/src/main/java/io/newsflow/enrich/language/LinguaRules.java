package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.Alphabet;
import com.github.pemistahl.lingua.internal.Constant;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lingua 1.2.2's two rule steps, over Lingua's own data (each language's alphabets and unique characters, its
 * table of characters that only some languages use), computed with lookups instead of Lingua's per-character
 * regular expressions and scans of every language, which cost more than the scoring once that was fast:
 * <ul>
 *   <li>{@link #decided}: a language that the words' alphabets or unique characters settle alone (Greek, Korean, a
 *       text full of {@code ß}), as Lingua's {@code detectLanguageWithRules};</li>
 *   <li>{@link #candidates}: the languages written in the text's most frequent alphabet, narrowed to those whose
 *       special characters appear in at least half the words, as its {@code filterLanguagesByRules}.</li>
 * </ul>
 * Written here because Lingua has no faster mode; {@code LinguaAgreementTest} holds the answers to Lingua's. For
 * the detector built over all languages. Immutable.
 */
final class LinguaRules {
  private final List<Language> languages = Language.all();
  private final Map<UnicodeScript, Alphabet> alphabets = new EnumMap<>(UnicodeScript.class);
  /** Alphabets that only one language uses (Greek, Hangul, ...), by script. */
  private final Map<UnicodeScript, Language> oneLanguageScripts = new EnumMap<>(UnicodeScript.class);
  /** Character → the languages that have it among their unique characters. */
  private final Map<Character, List<Language>> uniqueCharacters = new HashMap<>();
  /** Character → the entries of Lingua's character table it appears in, as often as it appears in each. */
  private final Map<Character, int[]> characterGroups = new HashMap<>();
  private final List<Set<Language>> groupLanguages = new ArrayList<>();
  /** Scripts of the languages written without spaces (Chinese, Japanese, Korean): each such character is a word. */
  private final Set<UnicodeScript> logogramScripts = EnumSet.noneOf(UnicodeScript.class);

  LinguaRules() {
    for (Alphabet alphabet : Alphabet.values()) {
      try {
        alphabets.put(UnicodeScript.forName(alphabet.name()), alphabet);
      } catch (IllegalArgumentException none) {
        // Alphabet.NONE has no script.
      }
    }
    for (Map.Entry<Alphabet, Language> e : Alphabet.Companion.allSupportingExactlyOneLanguage().entrySet()) {
      if (languages.contains(e.getValue())) {
        oneLanguageScripts.put(UnicodeScript.forName(e.getKey().name()), e.getValue());
      }
    }
    for (Language language : languages) {
      String unique = language.getUniqueCharacters$lingua();
      if (unique != null && !unique.isBlank()) {
        for (char c : unique.toCharArray()) {
          List<Language> having = uniqueCharacters.computeIfAbsent(c, k -> new ArrayList<>());
          if (!having.contains(language)) {
            having.add(language);
          }
        }
      }
    }
    for (Language language : Constant.INSTANCE.getLANGUAGES_SUPPORTING_LOGOGRAMS()) {
      for (Alphabet alphabet : language.getAlphabets$lingua()) {
        logogramScripts.add(UnicodeScript.forName(alphabet.name()));
      }
    }
    for (Map.Entry<String, EnumSet<Language>> e : Constant.INSTANCE.getCHARS_TO_LANGUAGES_MAPPING().entrySet()) {
      int group = groupLanguages.size();
      groupLanguages.add(Set.copyOf(e.getValue()));
      for (char c : e.getKey().toCharArray()) {
        characterGroups.merge(c, new int[] {group}, LinguaRules::concat);
      }
    }
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Lingua's words: split at spaces, and every logogram a word of its own. */
  List<String> words(String cleaned) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c == ' ') {
        if (start != i) {
          words.add(cleaned.substring(start, i));
        }
        start = i + 1;
      } else if (isLogogram(c)) {
        if (start != i) {
          words.add(cleaned.substring(start, i));
        }
        words.add(String.valueOf(c));
        start = i + 1;
      }
    }
    if (start != cleaned.length()) {
      words.add(cleaned.substring(start));
    }
    return words;
  }

  private boolean isLogogram(char c) {
    // Kotlin's Char.isWhitespace, which Lingua uses, also counts Unicode space separators.
    return c > 0x7f && !(Character.isWhitespace(c) || Character.isSpaceChar(c)) && logogramScripts.contains(UnicodeScript.of(c));
  }

  /** The language the rules alone settle, or {@link Language#UNKNOWN}. */
  Language decided(List<String> words) {
    Map<Language, Integer> total = new LinkedHashMap<>();
    for (String word : words) {
      Map<Language, Integer> counts = new LinkedHashMap<>();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        UnicodeScript script = UnicodeScript.of(c);
        Language only = oneLanguageScripts.get(script);
        if (only != null) {
          counts.merge(only, 1, Integer::sum);
        } else if (script == UnicodeScript.HAN) {
          counts.merge(Language.CHINESE, 1, Integer::sum);
        } else if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
          counts.merge(Language.JAPANESE, 1, Integer::sum);
        } else if (script == UnicodeScript.LATIN || script == UnicodeScript.CYRILLIC || script == UnicodeScript.DEVANAGARI) {
          for (Language language : uniqueCharacters.getOrDefault(c, List.of())) {
            counts.merge(language, 1, Integer::sum);
          }
        }
      }
      total.merge(leader(counts), 1, Integer::sum);
    }
    if (total.getOrDefault(Language.UNKNOWN, 0) < 0.5 * words.size()) {
      total.remove(Language.UNKNOWN);
    }
    if (total.isEmpty()) {
      return Language.UNKNOWN;
    }
    if (total.size() == 1) {
      return total.keySet().iterator().next();
    }
    if (total.size() == 2 && total.containsKey(Language.CHINESE) && total.containsKey(Language.JAPANESE)) {
      return Language.JAPANESE;
    }
    return leader(total);
  }

  /** The language counted most often, the first such in insertion order, if no other is counted as often; else UNKNOWN. */
  private static Language leader(Map<Language, Integer> counts) {
    Language first = Language.UNKNOWN;
    int firstCount = -1;
    int secondCount = -1;
    for (Map.Entry<Language, Integer> e : counts.entrySet()) {
      if (e.getValue() > firstCount) {
        secondCount = firstCount;
        firstCount = e.getValue();
        first = e.getKey();
      } else if (e.getValue() > secondCount) {
        secondCount = e.getValue();
      }
    }
    return firstCount > secondCount ? first : Language.UNKNOWN;
  }

  /** The languages still possible after the alphabet and special-character rules. */
  Set<Language> candidates(List<String> words) {
    Map<Alphabet, Integer> detected = new LinkedHashMap<>();
    for (String word : words) {
      Alphabet alphabet = alphabetOf(word);
      if (alphabet != null) {
        detected.merge(alphabet, 1, Integer::sum);
      }
    }
    if (detected.isEmpty()) {
      return Set.copyOf(languages);
    }
    Alphabet frequent = null;
    int most = -1;
    for (Map.Entry<Alphabet, Integer> e : detected.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        frequent = e.getKey();
      }
    }
    Set<Language> filtered = EnumSet.noneOf(Language.class);
    for (Language language : languages) {
      if (language.getAlphabets$lingua().contains(frequent)) {
        filtered.add(language);
      }
    }
    // How many (word, special character) pairs each entry of the table has: a character counts once per word.
    int[] hits = new int[groupLanguages.size()];
    for (String word : words) {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        int[] groups = characterGroups.get(c);
        if (groups != null && word.indexOf(c) == i) {
          for (int group : groups) {
            hits[group]++;
          }
        }
      }
    }
    Map<Language, Integer> counts = new EnumMap<>(Language.class);
    for (int group = 0; group < hits.length; group++) {
      if (hits[group] > 0) {
        for (Language language : groupLanguages.get(group)) {
          if (filtered.contains(language)) {
            counts.merge(language, hits[group], Integer::sum);
          }
        }
      }
    }
    Set<Language> subset = EnumSet.noneOf(Language.class);
    for (Map.Entry<Language, Integer> e : counts.entrySet()) {
      if (e.getValue() >= words.size() / 2.0) {
        subset.add(e.getKey());
      }
    }
    return subset.isEmpty() ? filtered : subset;
  }

  /** The alphabet every code point of the word is written in, or null (mixed, or a script Lingua does not know). */
  private Alphabet alphabetOf(String word) {
    UnicodeScript script = null;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      UnicodeScript s = UnicodeScript.of(cp);
      if (script == null) {
        script = s;
      } else if (s != script) {
        return null;
      }
      i += Character.charCount(cp);
    }
    // An empty word (there are none after splitting) would match Lingua's first alphabet.
    return script == null ? Alphabet.values()[0] : alphabets.get(script);
  }
}
