package io.newsflow.bench.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link EndToEndBenchmark}; {@code --quick} sets small defaults for a try-out. */
record Options(int articles, int rounds, int[] rates, int rateSeconds, int warmupSeconds, List<Path> samples,
               Path out, String stageHeap, boolean jfr, int partitions, boolean latency, boolean ingest, boolean throughput,
               Map<String, String> newsflowSettings) {

  static final String USAGE = """
      usage: EndToEndBenchmark [--quick] [--articles N] [--rounds N] [--rates 200,500] [--rate-seconds S]
                               [--warmup-seconds S] [--samples DIR]... [--out DIR] [--stage-heap 512m]
                               [--partitions 6] [--jfr] [--no-throughput] [--no-latency] [--no-ingest]
                               [--set KEY=VALUE]... (a newsflow setting for enrich, publish and ingest, e.g. commit.interval.ms=200)""";

  static Options parse(String[] args) {
    boolean quick = Arrays.asList(args).contains("--quick");
    int articles = quick ? 2_000 : 10_000;
    int rounds = quick ? 1 : 3;
    int[] rates = {200, 500};
    int rateSeconds = quick ? 10 : 30;
    int warmup = quick ? 5 : 10;
    List<Path> samples = new ArrayList<>();
    Path out = Path.of("/tmp/newsflow-e2e");
    String heap = "512m";
    boolean jfr = false;
    int partitions = 6;
    boolean latency = true;
    boolean ingest = true;
    boolean throughput = true;
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> { }
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--rates" -> rates = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--rate-seconds" -> rateSeconds = Integer.parseInt(args[++i]);
        case "--warmup-seconds" -> warmup = Integer.parseInt(args[++i]);
        case "--samples" -> samples.add(Path.of(args[++i]));
        case "--out" -> out = Path.of(args[++i]);
        case "--stage-heap" -> heap = args[++i];
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--jfr" -> jfr = true;
        case "--no-latency" -> latency = false;
        case "--no-ingest" -> ingest = false;
        case "--no-throughput" -> throughput = false;
        case "--set" -> {
          String pair = args[++i];
          int eq = pair.indexOf('=');
          if (eq < 1) {
            throw new IllegalArgumentException("--set needs KEY=VALUE, got " + pair);
          }
          settings.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    if (samples.isEmpty()) {
      samples.add(Path.of("samples"));
    }
    if (rounds < 1 || articles < 1 || rates.length == 0) {
      throw new IllegalArgumentException("rounds, articles and rates must be positive\n" + USAGE);
    }
    return new Options(articles, rounds, rates, rateSeconds, warmup, List.copyOf(samples), out, heap, jfr,
        partitions, latency, ingest, throughput, Map.copyOf(settings));
  }

  List<String> stageJvmOptions() {
    List<String> options = new ArrayList<>(List.of("-Xmx" + stageHeap));
    if (jfr) {
      // Kafka Streams stacks are deeper than JFR's default 64 frames, which would cut off the processors.
      options.add("-XX:FlightRecorderOptions:stackdepth=256");
      options.add("-XX:StartFlightRecording=filename=" + out.resolve("jfr").resolve("{stage}.jfr") + ",settings=profile");
    }
    return options;
  }
}
