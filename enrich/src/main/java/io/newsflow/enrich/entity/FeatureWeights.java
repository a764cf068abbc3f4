package io.newsflow.enrich.entity;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A perceptron model's weights, packed for lookup by feature string. Decoding looks up some fifty feature strings
 * per token in the model's map of 75,000–180,000 features; in OpenNLP's {@code HashMap<String, Context>} each lookup
 * walks a table slot, a node, the key string and its bytes, the context and its two arrays, mostly cache misses, and
 * that was a quarter of all enrichment time. Here a slot holds the key's hash beside the record's position, so a
 * feature the model lacks usually costs one read, and a record holds the key's characters and the (outcome, weight)
 * pairs side by side. Keys are compared in full, and weights are kept as the same doubles in the same order, so sums
 * are the same to the last bit ({@code PerceptronDecoderTest}). Immutable, shared by every thread's decoder.
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
  /** Per feature: {@code keyLength << 32 | pairs}, the key's characters four to a long, then (outcome, weight bits) pairs. */
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

  /** Adds a feature's weights to the outcome sums, as OpenNLP's ArrayMath.sumFeatures does; nothing for ABSENT. */
  void addTo(double[] sums, int record) {
    if (record == ABSENT) {
      return;
    }
    long head = records[record];
    int pairs = (int) head;
    int at = record + 1 + longsFor((int) (head >>> 32));
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
    for (int c = 0; c < key.length(); c += CHARS_PER_LONG) {
      records[at++] = packed(key, c);
    }
    for (int p = 0; p < outcomes.length; p++) {
      records[at++] = outcomes[p];
      records[at++] = Double.doubleToRawLongBits(values[p]);
    }
    return at;
  }

  private boolean keyIs(int record, String feature) {
    int length = (int) (records[record] >>> 32);
    if (length != feature.length()) {
      return false;
    }
    int at = record + 1;
    for (int c = 0; c < length; c += CHARS_PER_LONG) {
      if (records[at++] != packed(feature, c)) {
        return false;
      }
    }
    return true;
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
