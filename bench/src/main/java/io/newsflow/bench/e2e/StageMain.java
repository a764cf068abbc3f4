package io.newsflow.bench.e2e;

import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.ingest.cli.IngestCommand;
import io.newsflow.publish.PublishService;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.runtime.StreamsService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine;

/**
 * One stage in its own JVM, so that its CPU, RSS and heap are its own. Talks to the
 * {@link EndToEndBenchmark} over stdin/stdout: prints {@code BENCH running} once the stage
 * processes; {@code mark} starts a CPU lap and {@code lap} reports it; on {@code stop} (or end of
 * input) prints {@code BENCH stats ...} (CPU since running) and exits.
 * <pre>
 *   identity IN OUT APPLICATION_ID BOOTSTRAP STATE_DIR   plain Kafka Streams passthrough, exactly_once_v2
 *   enrich|publish KEY=VALUE...                          newsflow's stage with that configuration
 *   ingest DIR KEY=VALUE...                              ./newsflow ingest DIR, timed
 *   bare DIR TOPIC BOOTSTRAP                             the same files by a bare idempotent producer, timed
 * </pre>
 */
public final class StageMain {
  private StageMain() {}

  public static void main(String[] args) throws Exception {
    ProcessFigures figures = new ProcessFigures();
    String stage = args[0];
    switch (stage) {
      case "identity" -> {
        KafkaStreams streams = identity(args[1], args[2], args[3], args[4], args[5]);
        streams.start();
        serve(figures, () -> streams.state() == KafkaStreams.State.RUNNING,
            () -> streams.close(Duration.ofSeconds(20)));
      }
      case "enrich", "publish" -> {
        NewsflowConfig config = NewsflowConfig.of(settings(args, 1));
        StreamsService service = stage.equals("enrich") ? EnrichService.start(config) : PublishService.start(config);
        serve(figures, service::isRunning, service::close);
      }
      case "ingest" -> timed(figures, () -> ingest(args));
      case "bare" -> timed(figures, () -> bare(Path.of(args[1]), args[2], args[3]));
      default -> throw new IllegalArgumentException("unknown stage " + stage);
    }
    System.exit(0);
  }

  private static KafkaStreams identity(String in, String out, String applicationId, String bootstrap, String stateDir) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(in, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .to(out, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    return new KafkaStreams(builder.build(), props);
  }

  /** Waits for RUNNING, says so, then answers the benchmark until it says stop. */
  private static void serve(ProcessFigures figures, BooleanSupplier running, Runnable close) throws Exception {
    while (!running.getAsBoolean()) {
      Thread.sleep(20);
    }
    long cpuAtRunning = ProcessFigures.cpuNanos();
    say("running");
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    AtomicLong mark = new AtomicLong(cpuAtRunning);
    Map<String, Long> threadsAtMark = ProcessFigures.cpuNanosByThread();
    for (String line; (line = commands.readLine()) != null; ) {
      if (line.equals("mark")) {
        mark.set(ProcessFigures.cpuNanos());
        threadsAtMark = ProcessFigures.cpuNanosByThread();
        say("marked");
      } else if (line.equals("lap")) {
        StringBuilder lap = new StringBuilder("lap cpuMs=" + (ProcessFigures.cpuNanos() - mark.get()) / 1_000_000);
        Map<String, Long> before = threadsAtMark;
        // Kinds are compared in total, not thread by thread: a thread that ended since the mark takes its CPU
        // out of its kind (into jvm), which could make that kind's difference negative.
        ProcessFigures.cpuNanosByThread().forEach((kind, nanos) ->
            lap.append(' ').append(kind).append("Ms=").append(Math.max(0, nanos - before.getOrDefault(kind, 0L)) / 1_000_000));
        say(lap.toString());
      } else if (line.equals("stop")) {
        break;
      }
    }
    long cpu = ProcessFigures.cpuNanos() - cpuAtRunning;
    say(String.format(Locale.ROOT, "stats cpuMs=%d rssKb=%d heapAfterGcMax=%d heapLive=%d",
        cpu / 1_000_000, ProcessFigures.peakRssKb(), figures.maxHeapAfterGcBytes(), ProcessFigures.liveHeapBytes()));
    close.run();
  }

  private interface Job {
    void run() throws Exception;
  }

  private static void timed(ProcessFigures figures, Job job) throws Exception {
    long cpu = ProcessFigures.cpuNanos();
    long started = System.nanoTime();
    job.run();
    long elapsed = System.nanoTime() - started;
    say(String.format(Locale.ROOT, "stats elapsedMs=%d cpuMs=%d rssKb=%d heapAfterGcMax=%d heapLive=%d",
        elapsed / 1_000_000, (ProcessFigures.cpuNanos() - cpu) / 1_000_000, ProcessFigures.peakRssKb(),
        figures.maxHeapAfterGcBytes(), ProcessFigures.liveHeapBytes()));
  }

  /** Exactly what {@code ./newsflow ingest --source bench -D ... DIR} runs. */
  private static void ingest(String[] args) {
    List<String> command = new ArrayList<>(List.of("--source", "bench", "--progress-interval", "3600"));
    settings(args, 2).forEach((key, value) -> command.addAll(List.of("-D", key + "=" + value)));
    command.add(args[1]);
    int status = new CommandLine(new IngestCommand()).execute(command.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("ingest exited with " + status);
    }
  }

  /**
   * The yardstick for ingest: Kafka's own producer with ingest's delivery guarantees (acks=all,
   * idempotence; Kafka's defaults since 3.0) and nothing else, sending each file's bytes as they are.
   */
  private static void bare(Path directory, String topic, String bootstrap) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    AtomicLong failed = new AtomicLong();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
         Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        producer.send(new ProducerRecord<>(topic, file.getFileName().toString(), Files.readAllBytes(file)),
            (metadata, error) -> {
              if (error != null) {
                failed.incrementAndGet();
              }
            });
      }
      producer.flush();
    }
    if (failed.get() > 0) {
      throw new IllegalStateException(failed.get() + " records not delivered");
    }
  }

  private static Map<String, String> settings(String[] args, int from) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = from; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    return settings;
  }

  private static void say(String line) {
    System.out.println("BENCH " + line);
    System.out.flush();
  }
}
