package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Lingua's unigram, bigram and trigram models of every language it ships, merged into one table
 * keyed by the n-gram: one lookup gives every language's log-probability of it. Lingua itself keeps
 * one hash map per language and looks a trigram up in each of them (about 40 lookups per trigram for
 * Latin-script text, most of them cache misses), which made it the largest cost of the enrichment.
 * The numbers are Lingua's own: the model files in its jar, read with its own parser, and
 * {@code (float) Math.log(p)} as Lingua's Kotlin {@code ln(Float)} computes it. Immutable.
 *
 * <p>No library offers this (Lingua has no shared-table mode), so it is written here; {@link LanguageIdentifier}
 * checks its answers against Lingua's own in the tests.
 */
final class NgramTable {
  private static final int LONGEST = 3;

  /**
   * Per n-gram length, key → slot; a slot's entries in {@link #languages}/{@link #logs} are contiguous. One map
   * per length keeps the small unigram and bigram maps in cache while the large trigram map misses.
   */
  private final Long2IntOpenHashMap[] slots;
  private final int[] ends;
  private final byte[] languages;
  private final float[] logs;

  private NgramTable(Long2IntOpenHashMap[] slots, int[] ends, byte[] languages, float[] logs) {
    this.slots = slots;
    this.ends = ends;
    this.languages = languages;
    this.logs = logs;
  }

  /** Loads the models of the given languages (their ordinals index the scores). */
  static NgramTable of(List<Language> all) {
    // Parsing the 225 JSON files is the slow part of start-up: one task per language.
    List<List<Object2FloatMap<String>>> models = IntStream.range(0, all.size()).parallel()
        .mapToObj(i -> models(all.get(i))).toList();
    Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
    for (List<Object2FloatMap<String>> perLength : models) {
      for (Object2FloatMap<String> model : perLength) {
        for (String ngram : model.keySet()) {
          counts.addTo(key(ngram), 1);
        }
      }
    }
    Long2IntOpenHashMap[] slots = new Long2IntOpenHashMap[LONGEST + 1];
    for (int n = 1; n <= LONGEST; n++) {
      slots[n] = new Long2IntOpenHashMap();
      slots[n].defaultReturnValue(-1);
    }
    int[] ends = new int[counts.size()];
    int entries = 0;
    int slot = 0;
    for (var e : counts.long2IntEntrySet()) {
      slots[length(e.getLongKey())].put(e.getLongKey(), slot);
      entries += e.getIntValue();
      ends[slot++] = entries;
    }
    // Entry positions: key slot's range is [ends[slot-1], ends[slot]); fill them in language order.
    int[] fill = new int[ends.length];
    for (int s = 0; s < ends.length; s++) {
      fill[s] = s == 0 ? 0 : ends[s - 1];
    }
    byte[] languages = new byte[entries];
    float[] logs = new float[entries];
    for (int i = 0; i < all.size(); i++) {
      byte ordinal = (byte) all.get(i).ordinal();
      for (Object2FloatMap<String> model : models.get(i)) {
        for (Object2FloatMap.Entry<String> e : model.object2FloatEntrySet()) {
          long key = key(e.getKey());
          int s = slots[length(key)].get(key);
          int at = fill[s]++;
          languages[at] = ordinal;
          logs[at] = e.getFloatValue() > 0 ? (float) Math.log(e.getFloatValue()) : Float.NaN;
        }
      }
    }
    for (int n = 1; n <= LONGEST; n++) {
      slots[n].trim();
    }
    return new NgramTable(slots, ends, languages, logs);
  }

  private static List<Object2FloatMap<String>> models(Language language) {
    List<Object2FloatMap<String>> out = new ArrayList<>();
    String iso = language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    for (String name : List.of("unigrams", "bigrams", "trigrams")) {
      String path = "/language-models/" + iso + "/" + name + ".json";
      try (InputStream in = Language.class.getResourceAsStream(path)) {
        if (in != null) {
          out.add(TrainingDataLanguageModel.Companion.fromJson(in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Lingua's model " + path + " cannot be read: the lingua jar is damaged", e);
      }
    }
    return out;
  }

  /** The n-gram (1 to 3 UTF-16 units) packed with its length in the top bits, so keys of different lengths differ. */
  static long key(CharSequence ngram, int from, int length) {
    long k = 0;
    for (int i = 0; i < length; i++) {
      k = k << 16 | ngram.charAt(from + i);
    }
    return (long) length << 16 * LONGEST | k;
  }

  private static int length(long key) {
    return (int) (key >>> 16 * LONGEST);
  }

  private static long key(String ngram) {
    if (ngram.isEmpty() || ngram.length() > LONGEST) {
      throw new IllegalStateException("unexpected n-gram '" + ngram + "' in Lingua's models");
    }
    return key(ngram, 0, ngram.length());
  }

  /** The n-gram's slot, or -1 when no language's model has it. */
  int slot(long key) {
    return slots[length(key)].get(key);
  }

  /** The slot's entries are {@code [from(slot), to(slot))}. */
  int from(int slot) {
    return slot == 0 ? 0 : ends[slot - 1];
  }

  int to(int slot) {
    return ends[slot];
  }

  /** Language ordinal of entry {@code i}. */
  int language(int i) {
    return languages[i];
  }

  /** {@code ln p} of entry {@code i}; NaN where the model holds a probability of 0 (Lingua skips those). */
  float log(int i) {
    return logs[i];
  }
}
