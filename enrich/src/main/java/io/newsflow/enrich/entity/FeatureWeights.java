package io.newsflow.enrich.entity;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A perceptron model's weights, packed for lookup by feature string. Decoding looks up some fifty feature strings
 * per token in the model's map of 75,000–180,000 features; in OpenNLP's {@code HashMap<String, Context>} each lookup
 * walks a table slot, a node, the key string and its bytes, the context and its two arrays, mostly cache misses, and
 * that was a quarter of all enrichment time. Here a slot holds the key's hash beside the record's position, so a
 * feature the model lacks usually costs one read, and a record holds the (outcome, weight) pairs and then the key's
 * characters side by side (adding a feature's weights, the commoner read, touches the record's first cache lines).
 * Keys are compared in full, and weights are kept as the same doubles in the same order, so sums are the same to the
 * last bit ({@code PerceptronDecoderTest}). Immutable, shared by every thread's decoder.
 *
 * <p>Written here because OpenNLP exposes its weights only as that map.
 */
final class FeatureWeights {
  /** What {@link #find} answers for a feature the model does not have. */
  static final int ABSENT = -1;
  private static final int CHARS_PER_LONG = 4;

  /** Open addressing: {@code hash << 32 | record + 1}, 0 for an empty slot. */
  private final long[] slots;
  private final int shift;
  /** Per feature: {@code keyLength << 32 | pairs}, the (outcome, weight bits) pairs, then the key's characters four to a long. */
  private final long[] records;

  FeatureWeights(Map<String, Context> parameters) {
    int capacity = 2;
    while (capacity < parameters.size() * 2) {
      capacity <<= 1;
    }
    slots = new long[capacity];
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    long size = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      size += 1 + longsFor(e.getKey().length()) + 2L * e.getValue().getOutcomes().length;
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("entity model too large to pack: " + parameters.size() + " features");
    }
    records = new long[(int) size];
    int at = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      insert(e.getKey(), at);
      at = write(at, e.getKey(), e.getValue());
    }
  }

  /** The record of a feature, or {@link #ABSENT}. */
  int find(String feature) {
    int hash = feature.hashCode();
    int mask = slots.length - 1;
    for (int s = slot(hash); ; s = (s + 1) & mask) {
      long entry = slots[s];
      if (entry == 0) {
        return ABSENT;
      }
      if ((int) (entry >>> 32) == hash) {
        int record = (int) entry - 1;
        if (keyIs(record, feature)) {
          return record;
        }
      }
    }
  }

  /**
   * The record of the feature {@code prefix + first + "," + second} (a word pair, as {@code pw,w=Angela,Merkel}),
   * without building it: its String hash is computed from the three strings' own (cached) hashes, and most pairs,
   * absent from the model, cost one slot read.
   */
  int find(String prefix, String first, String second) {
    int tail = second.length();
    int hash = ((prefix.hashCode() * power(first.length()) + first.hashCode()) * 31 + ',') * power(tail) + second.hashCode();
    int length = prefix.length() + first.length() + 1 + tail;
    int mask = slots.length - 1;
    for (int s = slot(hash); ; s = (s + 1) & mask) {
      long entry = slots[s];
      if (entry == 0) {
        return ABSENT;
      }
      if ((int) (entry >>> 32) == hash) {
        int record = (int) entry - 1;
        if (keyIs(record, length, prefix, first, second)) {
          return record;
        }
      }
    }
  }

  /** Adds a feature's weights to the outcome sums, as OpenNLP's ArrayMath.sumFeatures does; nothing for ABSENT. */
  void addTo(double[] sums, int record) {
    if (record == ABSENT) {
      return;
    }
    long head = records[record];
    int pairs = (int) head;
    int at = record + 1;
    for (int p = 0; p < pairs; p++, at += 2) {
      sums[(int) records[at]] += Double.longBitsToDouble(records[at + 1]) * 1;
    }
  }

  private int slot(int hash) {
    // Fibonacci hashing spreads String.hashCode's low bits, which differ little between similar features.
    return (hash * 0x9E3779B9) >>> shift;
  }

  private void insert(String key, int record) {
    int hash = key.hashCode();
    int mask = slots.length - 1;
    int s = slot(hash);
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = (long) hash << 32 | (record + 1L);
  }

  private int write(int at, String key, Context weights) {
    int[] outcomes = weights.getOutcomes();
    double[] values = weights.getParameters();
    records[at++] = (long) key.length() << 32 | outcomes.length;
    for (int p = 0; p < outcomes.length; p++) {
      records[at++] = outcomes[p];
      records[at++] = Double.doubleToRawLongBits(values[p]);
    }
    for (int c = 0; c < key.length(); c += CHARS_PER_LONG) {
      records[at++] = packed(key, c);
    }
    return at;
  }

  private boolean keyIs(int record, String feature) {
    long head = records[record];
    int length = (int) (head >>> 32);
    if (length != feature.length()) {
      return false;
    }
    int at = record + 1 + 2 * (int) head;
    for (int c = 0; c < length; c += CHARS_PER_LONG) {
      if (records[at++] != packed(feature, c)) {
        return false;
      }
    }
    return true;
  }

  private boolean keyIs(int record, int length, String prefix, String first, String second) {
    long head = records[record];
    if ((int) (head >>> 32) != length) {
      return false;
    }
    int at = record + 1 + 2 * (int) head;
    for (int c = 0; c < length; c += CHARS_PER_LONG) {
      long chars = 0;
      for (int k = c; k < Math.min(length, c + CHARS_PER_LONG); k++) {
        chars |= (long) charAt(k, prefix, first, second) << (16 * (k - c));
      }
      if (records[at++] != chars) {
        return false;
      }
    }
    return true;
  }

  /** Character {@code k} of {@code prefix + first + "," + second}. */
  private static char charAt(int k, String prefix, String first, String second) {
    if (k < prefix.length()) {
      return prefix.charAt(k);
    }
    k -= prefix.length();
    if (k < first.length()) {
      return first.charAt(k);
    }
    k -= first.length();
    return k == 0 ? ',' : second.charAt(k - 1);
  }

  /** 31 to the power n, as String.hashCode's arithmetic (modulo 2^32) has it. */
  private static int power(int n) {
    if (n < POWERS.length) {
      return POWERS[n];
    }
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 31;
    }
    return p;
  }

  private static final int[] POWERS = new int[64];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 31;
    }
  }

  private static long packed(String s, int from) {
    long chars = 0;
    int to = Math.min(s.length(), from + CHARS_PER_LONG);
    for (int c = from; c < to; c++) {
      chars |= (long) s.charAt(c) << (16 * (c - from));
    }
    return chars;
  }

  private static int longsFor(int chars) {
    return (chars + CHARS_PER_LONG - 1) / CHARS_PER_LONG;
  }
}
