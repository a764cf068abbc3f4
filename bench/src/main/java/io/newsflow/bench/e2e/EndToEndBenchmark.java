package io.newsflow.bench.e2e;

import io.newsflow.bench.e2e.ArticleFactory.GeneratedArticle;
import io.newsflow.bench.e2e.Pipeline.Env;
import io.newsflow.bench.e2e.Pipeline.Kind;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.ingest.intake.Submission;
import io.newsflow.ingest.publisher.ArticlePublisher;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.topics.NewsTopics;
import io.newsflow.service.topics.TopicSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * End-to-end speed of newsflow beside plain Kafka Streams, on the embedded stack, in one run:
 * per round, the same pre-loaded articles through one identity app, two chained identity apps and
 * newsflow's enrich + publish (in rotating order); ingest beside a bare producer; then latency at
 * fixed rates. Prints the figures of every round and their medians. See docs/benchmark.md.
 */
public final class EndToEndBenchmark {
  private final Options options;
  private final Env env;
  private final List<GeneratedArticle> articles;
  private final Results results = new Results();
  private final PrintStream out = System.out;
  /** The enriched-articles topic of this round's newsflow run, which the publish-alone run reads. */
  private String enriched;

  private EndToEndBenchmark(Options options, Env env, List<GeneratedArticle> articles) {
    this.options = options;
    this.env = env;
    this.articles = articles;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    // Streams state of an earlier run belongs to another broker and registry: start from none.
    deleteRecursively(options.out().resolve("state"));
    Files.createDirectories(options.out().resolve("logs"));
    Files.createDirectories(options.out().resolve("jfr"));
    List<GeneratedArticle> articles = ArticleFactory.fromSamples(options.samples(), 20261201L).generate(options.articles());
    Path folder = writeFolder(options.out().resolve("articles"), articles);
    System.out.printf(Locale.ROOT, "e2e: %d articles (%s) from %s in %s; %d rounds; rates %s/s for %d s (warm-up %d s)%n",
        articles.size(), describe(articles), options.samples(), folder, options.rounds(),
        java.util.Arrays.toString(options.rates()), options.rateSeconds(), options.warmupSeconds());
    if (!options.newsflowSettings().isEmpty()) {
      System.out.println("e2e: newsflow stages with " + options.newsflowSettings());
    }
    try (EmbeddedStack stack = EmbeddedStack.start()) {
      Env env = new Env(stack.bootstrapServers(), stack.schemaRegistryUrl(), options.partitions(), options.out(),
          options.stageJvmOptions(), options.newsflowSettings());
      EndToEndBenchmark benchmark = new EndToEndBenchmark(options, env, articles);
      if (options.throughput()) {
        benchmark.preload();
      }
      for (int round = 1; round <= options.rounds(); round++) {
        benchmark.round(round, folder);
      }
      benchmark.results.print(benchmark.out, "MEDIAN of " + options.rounds() + " rounds", Results.MEDIAN, options);
    }
    System.exit(0);
  }

  /** Puts every article on news.raw.v1 through the Java ingest API, as a newsroom system would. */
  private void preload() throws Exception {
    NewsflowConfig config = env.newsflow(Topics.RAW, "preload");
    NewsflowConfig defaults = NewsflowConfig.of(Map.of(NewsflowConfig.BOOTSTRAP_SERVERS, env.bootstrap(),
        NewsflowConfig.SCHEMA_REGISTRY_URL, env.registryUrl(), "topics.partitions", String.valueOf(env.partitions())));
    TopicSetup.ensure(config.kafkaClientProperties(), NewsTopics.from(defaults).specs(), (short) 1);
    long started = System.nanoTime();
    try (ArticlePublisher publisher = ArticlePublisher.create(defaults)) {
      List<CompletableFuture<?>> sends = new ArrayList<>(articles.size());
      for (GeneratedArticle article : articles) {
        sends.add(publisher.send(Submission.builder().source("bench").url(article.url())
            .contentType(article.contentType()).text(article.text()).build()));
      }
      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    }
    out.printf(Locale.ROOT, "e2e: pre-loaded %d articles on %s in %.1f s%n", articles.size(), Topics.RAW,
        (System.nanoTime() - started) / 1e9);
  }

  private void round(int round, Path folder) throws Exception {
    out.printf(Locale.ROOT, "%n== round %d (%s)%n", round, Instant.now());
    List<Kind> order = new ArrayList<>(List.of(Kind.IDENTITY, Kind.CHAIN, Kind.NEWSFLOW));
    java.util.Collections.rotate(order, round - 1);
    for (Kind kind : options.throughput() ? order : List.<Kind>of()) {
      throughput(round, kind, Topics.RAW, kind.name().toLowerCase(Locale.ROOT));
    }
    if (options.throughput() && enriched != null) {
      // Publish at its own speed: in the pipeline it waits for enrich, and a starved stage's polls and
      // commits are shared by few articles. Beside it an identity app on the same enriched records.
      List<Kind> alone = round % 2 == 1 ? List.of(Kind.IDENTITY, Kind.PUBLISH) : List.of(Kind.PUBLISH, Kind.IDENTITY);
      for (Kind kind : alone) {
        throughput(round, kind, enriched, kind == Kind.PUBLISH ? "publish" : "enriched");
      }
    }
    if (options.ingest()) {
      ingest(round, folder, round % 2 == 1);
    }
    if (options.latency()) {
      List<Kind> latencyOrder = round % 2 == 1 ? List.of(Kind.CHAIN, Kind.NEWSFLOW) : List.of(Kind.NEWSFLOW, Kind.CHAIN);
      for (Kind kind : latencyOrder) {
        latency(round, kind);
      }
    }
    results.print(out, "round " + round, round, options);
  }

  /** From launching the stages to the N-th article read_committed on the pipeline's last topic. */
  private void throughput(int round, Kind kind, String input, String key) throws Exception {
    String tag = "r" + round + "-" + key;
    int n = articles.size();
    long launched = System.nanoTime();
    try (Pipeline pipeline = Pipeline.start(kind, input, tag, env);
         OutputWatch watch = new OutputWatch(env.bootstrap(), pipeline.output, env.partitions(), n)) {
      Map<String, Double> warmCpu = new java.util.LinkedHashMap<>();
      boolean complete = awaitWithLaps(pipeline, watch, n, warmCpu);
      int seen = watch.count();
      Map<String, Map<String, Long>> stages = pipeline.stop();
      warmCpu.forEach((stage, ms) -> results.put(round, "warmcpu." + stage + "." + key, ms));
      if (seen == 0) {
        throw new IllegalStateException(kind.label + ": no output (see " + env.outDir().resolve("logs") + ")");
      }
      long last = watch.arrivalNanos(seen - 1);
      double seconds = (last - launched) / 1e9;
      if (kind == Kind.NEWSFLOW) {
        enriched = pipeline.stageOutputs.get("enrich");
      }
      results.put(round, key + ".rate", seen / seconds);
      results.put(round, key + ".steady", (seen - 1) / ((last - watch.arrivalNanos(0)) / 1e9));
      results.put(round, key + ".first", (watch.arrivalNanos(0) - launched) / 1e9);
      results.put(round, key + ".fullspeed", fullSpeedSeconds(watch, seen, launched));
      stages.forEach((stage, figures) -> {
        results.put(round, "cpu." + stage + "." + key, figures.get("cpuMs") / (double) seen);
        results.put(round, "rss." + stage + "." + key, figures.get("rssKb") / 1024.0);
        results.put(round, "heap." + stage + "." + key, figures.get("heapAfterGcMax") / 1048576.0);
        results.put(round, "live." + stage + "." + key, figures.get("heapLive") / 1048576.0);
      });
      out.printf(Locale.ROOT, "  %-12s %6d articles in %6.1f s from launch: %7.0f/s (first output after %.1f s)%s%n",
          kind == Kind.IDENTITY && !key.equals("identity") ? "identity (" + key + ")" : kind.label, seen, seconds, seen / seconds, (watch.arrivalNanos(0) - launched) / 1e9,
          complete ? "" : "  INCOMPLETE: stalled or timed out");
    }
  }

  /**
   * Waits for the N-th output, and meanwhile measures each stage's CPU per article once warm: from
   * the moment its own output reaches N/2 to the moment it reaches N (ms per article into
   * {@code warmCpu}). The figure from RUNNING includes JIT compilation and start-up work; this one
   * is what a long-running stage costs.
   */
  private boolean awaitWithLaps(Pipeline pipeline, OutputWatch last, int n, Map<String, Double> warmCpu)
      throws InterruptedException {
    Map<String, OutputWatch> watches = new java.util.LinkedHashMap<>();
    Map<String, Integer> marked = new java.util.HashMap<>();
    List<OutputWatch> opened = new ArrayList<>();
    try {
      pipeline.stageOutputs.forEach((stage, topic) -> {
        if (topic.equals(pipeline.output)) {
          watches.put(stage, last);
        } else {
          OutputWatch own = new OutputWatch(env.bootstrap(), topic, env.partitions(), n);
          opened.add(own);
          watches.put(stage, own);
        }
      });
      long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
      long lastChange = System.nanoTime();
      int lastSeen = 0;
      while (last.count() < n || !warmCpu.keySet().containsAll(watches.keySet())) {
        for (Map.Entry<String, OutputWatch> stage : watches.entrySet()) {
          int count = stage.getValue().count();
          String name = stage.getKey();
          if (!marked.containsKey(name) && count >= n / 2) {
            pipeline.stage(name).mark();
            marked.put(name, count);
          } else if (marked.containsKey(name) && !warmCpu.containsKey(name) && count >= n) {
            Map<String, Long> lap = pipeline.stage(name).lap();
            double articles = Math.max(1, count - marked.get(name));
            lap.forEach((kind, ms) -> warmCpu.put(kind.equals("cpuMs") ? name : name + "." + kind.replace("Ms", ""), ms / articles));
          }
        }
        int seen = last.count();
        if (seen != lastSeen) {
          lastSeen = seen;
          lastChange = System.nanoTime();
        } else if (seen > 0 && System.nanoTime() - lastChange > Duration.ofSeconds(90).toNanos()) {
          return false; // the pipeline stopped mid-way
        }
        if (System.nanoTime() > deadline) {
          return false;
        }
        Thread.sleep(5);
      }
      return true;
    } finally {
      for (OutputWatch own : opened) {
        own.close();
      }
    }
  }

  /**
   * Seconds from launch until the output first runs at 80 % of the run's median rate (1-second
   * buckets from the first output to the last full second).
   */
  private static double fullSpeedSeconds(OutputWatch watch, int seen, long launched) {
    int seconds = (int) ((watch.arrivalNanos(seen - 1) - launched) / 1_000_000_000L);
    if (seconds < 4) {
      return Double.NaN;
    }
    int[] perSecond = new int[seconds + 1];
    for (int i = 0; i < seen; i++) {
      perSecond[(int) ((watch.arrivalNanos(i) - launched) / 1_000_000_000L)]++;
    }
    int from = (int) ((watch.arrivalNanos(0) - launched) / 1_000_000_000L);
    List<Double> buckets = new ArrayList<>();
    for (int s = from; s < seconds; s++) {
      buckets.add((double) perSecond[s]);
    }
    double median = Figures.median(buckets);
    for (int s = from; s < seconds; s++) {
      // Averaged over 3 s: single seconds jump with commit intervals and poll batches.
      double rate = (perSecond[s] + perSecond[Math.min(s + 1, seconds - 1)] + perSecond[Math.min(s + 2, seconds - 1)]) / 3.0;
      if (rate >= 0.8 * median) {
        return s;
      }
    }
    return Double.NaN;
  }

  /** {@code ./newsflow ingest FOLDER} and a bare idempotent producer of the same files, each in its own JVM. */
  private void ingest(int round, Path folder, boolean ingestFirst) throws Exception {
    String rawTopic = "r" + round + "-ingest.raw";
    String opsTopic = "r" + round + "-ingest.ops";
    String bareTopic = "r" + round + "-bare.raw";
    env.createTopics(rawTopic, opsTopic, bareTopic);
    List<String> jvm = options.stageJvmOptions();
    Path logs = env.outDir().resolve("logs");
    for (boolean ingestNow : ingestFirst ? List.of(true, false) : List.of(false, true)) {
      StageProcess child = ingestNow
          ? StageProcess.start("r" + round + "-ingest", jvm, logs, ingestArgs(folder, rawTopic, opsTopic))
          : StageProcess.start("r" + round + "-bare", jvm, logs, "bare", folder.toString(), bareTopic, env.bootstrap());
      try (child) {
        Map<String, Long> figures = child.awaitStats(Duration.ofMinutes(10));
        String key = ingestNow ? "ingest" : "bare";
        double rate = articles.size() / (figures.get("elapsedMs") / 1000.0);
        results.put(round, key + ".rate", rate);
        results.put(round, "cpu." + key, figures.get("cpuMs") / (double) articles.size());
        results.put(round, "rss." + key, figures.get("rssKb") / 1024.0);
        out.printf(Locale.ROOT, "  %-12s %6d articles in %6.1f s: %7.0f/s%n", key, articles.size(),
            figures.get("elapsedMs") / 1000.0, rate);
      }
    }
  }

  private String[] ingestArgs(Path folder, String rawTopic, String opsTopic) {
    List<String> args = new ArrayList<>(List.of("ingest", folder.toString(), "bootstrap.servers=" + env.bootstrap(),
        "schema.registry.url=" + env.registryUrl(), "topic.raw=" + rawTopic, "topic.ops.events=" + opsTopic));
    options.newsflowSettings().forEach((key, value) -> args.add(key + "=" + value));
    return args.toArray(String[]::new);
  }

  /** Fixed-rate phases into a fresh raw topic: warm-up at the first rate, then each rate in turn. */
  private void latency(int round, Kind kind) throws Exception {
    String tag = "r" + round + "-lat-" + kind.name().toLowerCase(Locale.ROOT);
    String raw = tag + ".raw";
    env.createTopics(raw);
    int[] rates = options.rates();
    long capacity = (long) rates[0] * options.warmupSeconds();
    for (int rate : rates) {
      capacity += (long) rate * options.rateSeconds();
    }
    try (Pipeline pipeline = Pipeline.start(kind, raw, tag, env)) {
      pipeline.awaitRunning();
      try (OutputWatch watch = new OutputWatch(env.bootstrap(), pipeline.output, env.partitions(), (int) capacity);
           RateSender sender = new RateSender(env.bootstrap(), env.registryUrl(), raw, articles)) {
        sender.run(rates[0], options.warmupSeconds());
        long[][] phases = new long[rates.length][];
        for (int i = 0; i < rates.length; i++) {
          long start = System.currentTimeMillis();
          sender.run(rates[i], options.rateSeconds());
          long end = System.currentTimeMillis();
          phases[i] = new long[] {start, end, sender.sent(), watch.count()};
        }
        boolean drained = watch.awaitCount((int) sender.sent(), Duration.ofSeconds(30), Duration.ofSeconds(90));
        String key = kind.name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < rates.length; i++) {
          record(round, key, rates[i], phases[i], watch, drained);
        }
      }
      pipeline.stop();
    }
  }

  private void record(int round, String key, int rate, long[] phase, OutputWatch watch, boolean drained) {
    long start = phase[0];
    long end = phase[1];
    int seen = watch.count();
    List<Long> latencies = new ArrayList<>();
    int arrivedInPhase = 0;
    for (int i = 0; i < seen; i++) {
      long timestamp = watch.timestamp(i);
      if (timestamp >= start && timestamp < end) {
        latencies.add(watch.arrivalMillis(i) - timestamp);
      }
      if (watch.arrivalMillis(i) >= start && watch.arrivalMillis(i) < end) {
        arrivedInPhase++;
      }
    }
    long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
    long backlog = phase[2] - phase[3];
    String prefix = "lat" + rate + "." + key;
    results.put(round, prefix + ".p50", Figures.percentile(values, 50));
    results.put(round, prefix + ".p95", Figures.percentile(values, 95));
    results.put(round, prefix + ".p99", Figures.percentile(values, 99));
    results.put(round, prefix + ".out", arrivedInPhase / ((end - start) / 1000.0));
    results.put(round, prefix + ".backlog", (double) backlog);
    results.put(round, prefix + ".kept", backlog <= rate && drained ? 1.0 : 0.0);
    out.printf(Locale.ROOT, "  latency %-12s at %d/s: p50 %.0f ms p95 %.0f p99 %.0f; out %.0f/s, backlog at end %d%s%n",
        Kind.valueOf(key.toUpperCase(Locale.ROOT)).label, rate, Figures.percentile(values, 50),
        Figures.percentile(values, 95), Figures.percentile(values, 99), arrivedInPhase / ((end - start) / 1000.0),
        backlog, drained ? "" : " (not all delivered within 90 s after the last send)");
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static Path writeFolder(Path folder, List<GeneratedArticle> articles) throws IOException {
    if (Files.exists(folder)) {
      try (var old = Files.list(folder)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(folder);
    for (GeneratedArticle article : articles) {
      Files.writeString(folder.resolve(article.fileName()), article.text(), StandardCharsets.UTF_8);
    }
    return folder;
  }

  private static String describe(List<GeneratedArticle> articles) {
    long html = articles.stream().filter(GeneratedArticle::html).count();
    double kb = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).average().orElse(0) / 1024;
    Map<ArticleFactory.Language, Long> byLanguage = articles.stream().collect(
        java.util.stream.Collectors.groupingBy(GeneratedArticle::language, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    return String.format(Locale.ROOT, "%d %% HTML, %s, mean %.1f KB", 100 * html / articles.size(), byLanguage, kb);
  }
}
