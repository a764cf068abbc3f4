package io.newsflow.bench.e2e;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Every figure of every round by name, their medians, and the report printed from them. */
final class Results {
  static final int MEDIAN = 0;
  private final Map<String, Map<Integer, Double>> figures = new TreeMap<>();

  void put(int round, String key, double value) {
    figures.computeIfAbsent(key, k -> new TreeMap<>()).put(round, value);
  }

  /** The figure of a round, or with {@link #MEDIAN} the median over the rounds; NaN when not measured. */
  double get(int round, String key) {
    Map<Integer, Double> byRound = figures.get(key);
    if (byRound == null) {
      return Double.NaN;
    }
    if (round == MEDIAN) {
      return Figures.median(new ArrayList<>(byRound.values()));
    }
    return byRound.getOrDefault(round, Double.NaN);
  }

  /** Ratios are figures of their own, so that their median is the median of the rounds' ratios. */
  private void derive(int round, Options options) {
    put(round, "ratio.newsflow", get(round, "newsflow.rate") / get(round, "chain.rate"));
    put(round, "ratio.newsflow.steady", get(round, "newsflow.steady") / get(round, "chain.steady"));
    put(round, "ratio.cpu.enrich", get(round, "cpu.enrich.newsflow") / get(round, "cpu.identity.identity"));
    put(round, "ratio.cpu.publish", get(round, "cpu.publish.newsflow") / get(round, "cpu.identity.identity"));
    put(round, "ratio.cpu.pipeline", (get(round, "cpu.enrich.newsflow") + get(round, "cpu.publish.newsflow"))
        / (get(round, "cpu.identity-a.chain") + get(round, "cpu.identity-b.chain")));
    put(round, "ratio.warmcpu.enrich", get(round, "warmcpu.enrich.newsflow") / get(round, "warmcpu.identity.identity"));
    put(round, "ratio.warmcpu.publish", get(round, "warmcpu.publish.newsflow") / get(round, "warmcpu.identity.identity"));
    put(round, "ratio.warmcpu.pipeline", (get(round, "warmcpu.enrich.newsflow") + get(round, "warmcpu.publish.newsflow"))
        / (get(round, "warmcpu.identity-a.chain") + get(round, "warmcpu.identity-b.chain")));
    put(round, "ratio.cpu.publish.alone", get(round, "cpu.publish.publish") / get(round, "cpu.identity.enriched"));
    put(round, "ratio.warmcpu.publish.alone", get(round, "warmcpu.publish.publish") / get(round, "warmcpu.identity.enriched"));
    put(round, "ratio.ingest", get(round, "ingest.rate") / get(round, "bare.rate"));
    for (int rate : options.rates()) {
      for (String p : List.of("p50", "p95", "p99")) {
        put(round, "ratio.lat" + rate + "." + p, get(round, "lat" + rate + ".newsflow." + p) / get(round, "lat" + rate + ".chain." + p));
      }
    }
  }

  void print(PrintStream out, String title, int round, Options options) {
    if (round != MEDIAN) {
      derive(round, options);
    }
    Line line = new Line(out, round);
    out.printf(Locale.ROOT, "%n-- %s: %,d articles%s%n", title, options.articles(),
        round == MEDIAN ? " (every figure is the median of the rounds' figures)" : "");
    if (options.throughput()) {
      printThroughput(out, line, options);
    }
    if (options.ingest()) {
      line.print("ingest: ./newsflow ingest %.0f/s, bare idempotent producer %.0f/s: ratio %.2f (goal >= 0.8); "
          + "CPU s/1,000: %.2f vs %.2f", "ingest.rate", "bare.rate", "ratio.ingest", "cpu.ingest", "cpu.bare");
    }
    if (options.latency()) {
      out.println("latency ingest -> published read_committed, ms (warmed up; out = articles/s arriving during the phase)");
      for (int rate : options.rates()) {
        String c = "lat" + rate + ".chain.";
        String n = "lat" + rate + ".newsflow.";
        line.print("  " + rate + "/s identity x2 p50 %5.0f p95 %5.0f p99 %5.0f out %4.0f/s | newsflow p50 %5.0f p95 %5.0f p99 %5.0f "
                + "out %4.0f/s backlog %5.0f kept up %.0f | newsflow/chain p99 %.1f x (goal <= 2)",
            c + "p50", c + "p95", c + "p99", c + "out", n + "p50", n + "p95", n + "p99", n + "out", n + "backlog",
            n + "kept", "ratio.lat" + rate + ".p99");
      }
    }
    out.flush();
  }

  /** The throughput rounds: rates, CPU per stage, memory (left out with --no-throughput). */
  private void printThroughput(PrintStream out, Line line, Options options) {
    out.println("throughput, launch -> N-th article read_committed on the last topic (steady: first -> N-th output)");
    for (String kind : List.of("identity", "chain", "newsflow")) {
      line.print(String.format(Locale.ROOT, "  %-13s", label(kind)) + " %7.0f/s  steady %7.0f/s  first output after %5.1f s  full speed after %5.1f s",
          kind + ".rate", kind + ".steady", kind + ".first", kind + ".fullspeed");
    }
    line.print("  newsflow / identity x2: %.2f (steady %.2f)   goal >= 0.5", "ratio.newsflow", "ratio.newsflow.steady");
    out.println("CPU seconds per 1,000 articles (whole stage process, from RUNNING to the N-th output)");
    line.print("  identity %.2f | identity x2: a %.2f, b %.2f | newsflow: enrich %.2f, publish %.2f",
        "cpu.identity.identity", "cpu.identity-a.chain", "cpu.identity-b.chain", "cpu.enrich.newsflow", "cpu.publish.newsflow");
    line.print("  publish / identity %.1f x (goal <= 1.5), enrich / identity %.1f x, enrich+publish / chain %.1f x",
        "ratio.cpu.publish", "ratio.cpu.enrich", "ratio.cpu.pipeline");
    out.println("CPU seconds per 1,000 articles once warm (each stage's own output from N/2 to N: no JIT warm-up, no start-up)");
    line.print("  identity %.2f | identity x2: a %.2f, b %.2f | newsflow: enrich %.2f, publish %.2f",
        "warmcpu.identity.identity", "warmcpu.identity-a.chain", "warmcpu.identity-b.chain", "warmcpu.enrich.newsflow",
        "warmcpu.publish.newsflow");
    line.print("  publish / identity %.1f x (goal <= 1.5), enrich / identity %.1f x, enrich+publish / chain %.1f x",
        "ratio.warmcpu.publish", "ratio.warmcpu.enrich", "ratio.warmcpu.pipeline");
    out.println("publish alone at its own speed, on the enriched articles of the newsflow run, beside an identity app on them");
    line.print("  identity %.0f/s, publish %.0f/s; CPU s per 1,000 from RUNNING: identity %.2f, publish %.2f (%.1f x); "
            + "warm: identity %.2f, publish %.2f: publish / identity %.1f x (goal <= 1.5)",
        "enriched.rate", "publish.rate", "cpu.identity.enriched", "cpu.publish.publish", "ratio.cpu.publish.alone",
        "warmcpu.identity.enriched", "warmcpu.publish.publish", "ratio.warmcpu.publish.alone");
    out.println("  warm CPU s per 1,000 by thread: stream thread / its producer's I/O / other Java threads / JVM (JIT, GC)");
    for (String[] stage : new String[][] {{"identity", "identity"}, {"enrich", "newsflow"}, {"publish", "newsflow"},
        {"identity", "enriched"}, {"publish", "publish"}}) {
      String prefix = "warmcpu." + stage[0] + ".";
      String suffix = "." + stage[1];
      line.print(String.format(Locale.ROOT, "    %-22s", stage[0] + " (" + stage[1] + ")") + " %5.2f / %5.2f / %5.2f / %5.2f",
          prefix + "stream" + suffix, prefix + "producer" + suffix, prefix + "otherJava" + suffix, prefix + "jvm" + suffix);
    }
    out.println("memory MB: peak RSS / max heap after a GC / live heap after a final full GC (stage heap -Xmx" + options.stageHeap() + ")");
    for (String[] stage : new String[][] {{"identity", "identity"}, {"identity-a", "chain"}, {"identity-b", "chain"},
        {"enrich", "newsflow"}, {"publish", "newsflow"}, {"publish", "publish"}}) {
      String suffix = "." + stage[0] + "." + stage[1];
      String name = stage[1].equals("publish") ? "publish alone" : stage[0];
      line.print(String.format(Locale.ROOT, "  %-13s", name) + " %5.0f / %5.0f / %5.0f", "rss" + suffix, "heap" + suffix, "live" + suffix);
    }
  }

  private static String label(String kind) {
    return Pipeline.Kind.valueOf(kind.toUpperCase(Locale.ROOT)).label;
  }

  /** Prints a format whose %-placeholders take the named figures. */
  private final class Line {
    private final PrintStream out;
    private final int round;

    Line(PrintStream out, int round) {
      this.out = out;
      this.round = round;
    }

    void print(String format, String... keys) {
      Object[] values = new Object[keys.length];
      for (int i = 0; i < keys.length; i++) {
        values[i] = get(round, keys[i]);
      }
      out.println(String.format(Locale.ROOT, format, values));
    }
  }
}
