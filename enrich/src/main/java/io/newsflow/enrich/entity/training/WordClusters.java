package io.newsflow.enrich.entity.training;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import io.newsflow.enrich.entity.WordClasses;

/**
 * Word classes learnt from the training text itself, in the bit-path form of Brown clusters so that
 * OpenNLP's Brown feature generators read them (prefixes of 4, 6 and 10 bits: coarse to fine classes).
 * Each word is described by the words seen left and right of it; the vocabulary is split in two by
 * spherical 2-means again and again, and the left/right choices form its path.
 *
 * <p>Written here because no maintained Java library on Maven Central learns Brown or distributional
 * clusters; OpenNLP only reads them ({@link WordClasses}). Deterministic (fixed seed), a few seconds on 1M tokens.
 */
final class WordClusters {
  private static final int MIN_COUNT = 6;
  private static final int CONTEXT_WORDS = 400;
  private static final int ROUNDS = 8;

  private WordClusters() {}

  static WordClasses learn(List<NameSample> samples, int depth) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> lowerCounts = new HashMap<>();
    for (NameSample s : samples) {
      for (String t : s.getSentence()) {
        counts.merge(t, 1, Integer::sum);
        lowerCounts.merge(t.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> contextWords = lowerCounts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(CONTEXT_WORDS).map(Map.Entry::getKey).toList();
    Map<String, Integer> contextIndex = new HashMap<>();
    for (int i = 0; i < contextWords.size(); i++) {
      contextIndex.put(contextWords.get(i), i);
    }
    List<String> vocabulary = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT)
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> wordIndex = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      wordIndex.put(vocabulary.get(i), i);
    }
    int dims = 2 * contextWords.size();
    float[][] vectors = new float[vocabulary.size()][dims];
    for (NameSample s : samples) {
      String[] t = s.getSentence();
      for (int i = 0; i < t.length; i++) {
        Integer w = wordIndex.get(t[i]);
        if (w == null) {
          continue;
        }
        if (i > 0) {
          Integer c = contextIndex.get(t[i - 1].toLowerCase(java.util.Locale.ROOT));
          if (c != null) {
            vectors[w][c]++;
          }
        }
        if (i + 1 < t.length) {
          Integer c = contextIndex.get(t[i + 1].toLowerCase(java.util.Locale.ROOT));
          if (c != null) {
            vectors[w][contextWords.size() + c]++;
          }
        }
      }
    }
    for (float[] v : vectors) {
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        v[d] = (float) Math.sqrt(v[d]);
        norm += v[d] * v[d];
      }
      norm = Math.sqrt(norm);
      for (int d = 0; norm > 0 && d < dims; d++) {
        v[d] /= (float) norm;
      }
    }
    String[] paths = new String[vocabulary.size()];
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      all.add(i);
      paths[i] = "";
    }
    split(all, vectors, paths, depth, new Random(17));
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < vocabulary.size(); i++) {
      file.append(paths[i].isEmpty() ? "0" : paths[i]).append('\t').append(vocabulary.get(i)).append('\t')
          .append(counts.get(vocabulary.get(i))).append('\n');
    }
    return new WordClasses(file.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void split(List<Integer> words, float[][] vectors, String[] paths, int depth, Random random) {
    if (depth == 0 || words.size() < 4) {
      return;
    }
    int dims = vectors[0].length;
    float[] a = vectors[words.get(random.nextInt(words.size()))].clone();
    float[] b = vectors[words.get(random.nextInt(words.size()))].clone();
    boolean[] left = new boolean[words.size()];
    for (int round = 0; round < ROUNDS; round++) {
      float[] sumA = new float[dims];
      float[] sumB = new float[dims];
      for (int k = 0; k < words.size(); k++) {
        float[] v = vectors[words.get(k)];
        left[k] = dot(v, a) >= dot(v, b);
        float[] sum = left[k] ? sumA : sumB;
        for (int d = 0; d < dims; d++) {
          sum[d] += v[d];
        }
      }
      a = normalised(sumA);
      b = normalised(sumB);
    }
    List<Integer> l = new ArrayList<>();
    List<Integer> r = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      int w = words.get(k);
      paths[w] += left[k] ? "0" : "1";
      (left[k] ? l : r).add(w);
    }
    if (l.isEmpty() || r.isEmpty()) {
      return;
    }
    split(l, vectors, paths, depth - 1, random);
    split(r, vectors, paths, depth - 1, random);
  }

  private static float[] normalised(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    for (int d = 0; norm > 0 && d < v.length; d++) {
      v[d] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  private static float dot(float[] x, float[] y) {
    float s = 0;
    for (int d = 0; d < x.length; d++) {
      s += x[d] * y[d];
    }
    return s;
  }
}
