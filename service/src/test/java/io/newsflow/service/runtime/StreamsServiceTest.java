package io.newsflow.service.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Stage;
import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.junit.EmbeddedStackExtension;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedStackExtension.class)
class StreamsServiceTest {
  private final EmbeddedStack stack;

  StreamsServiceTest(EmbeddedStack stack) {
    this.stack = stack;
  }

  @Test
  void backsOffOnARegistryOutageIsNotReadyAndStopsAfterTheBound(@TempDir Path stateDir) throws Exception {
    String raw = "raw-" + UUID.randomUUID();
    NewsflowConfig config = NewsflowConfig.of(Map.ofEntries(
        Map.entry(NewsflowConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers()),
        // Nothing listens there: every read of a framed record is a registry outage, not the record's fault.
        Map.entry(NewsflowConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + closedPort()),
        Map.entry(NewsflowConfig.APPLICATION_ID, "restarts-" + UUID.randomUUID()),
        Map.entry("topics.create", "false"),
        Map.entry("replication.factor", "1"),
        Map.entry("state.dir", stateDir.toString()),
        Map.entry("http.port", "0"),
        Map.entry("http.host", "127.0.0.1"),
        Map.entry(ThreadRestarts.MAX, "2"),
        Map.entry(ThreadRestarts.BACKOFF_MS, "500"),
        Map.entry(ThreadRestarts.BACKOFF_MAX_MS, "1000")));
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      admin.createTopics(List.of(new NewTopic(raw, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config.kafkaClientProperties(),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(raw, "a1".getBytes(), new byte[] {0, 0, 0, 0, 7, 2, 'x'})).get();
    }

    long started = System.nanoTime();
    try (StreamsService service = StreamsService.start("restart-test", config, copy(raw, config),
        StreamsSettings.of(config, "unused", Stage.ENRICH))) {
      String ready = "http://127.0.0.1:" + service.httpPort() + "/ready";
      awaitTrue(() -> service.threadFailures() >= 1, Duration.ofSeconds(60));
      assertThat(status(ready)).isEqualTo(503);

      assertThat(awaitStopped(service, Duration.ofSeconds(90))).isTrue();
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

      assertThat(service.stoppedByFailure()).isTrue();
      assertThat(service.threadFailures()).isEqualTo(3);
      // Two replacements, waiting 0.5 s and then 1 s: not a hot loop.
      assertThat(tookMs).isGreaterThanOrEqualTo(1_500);
      assertThat(service.isReady()).isFalse();
    }
  }

  @Test
  void anInstanceRunningWithoutFailuresIsReady(@TempDir Path stateDir) throws Exception {
    String raw = "raw-" + UUID.randomUUID();
    NewsflowConfig config = NewsflowConfig.of(Map.of(
        NewsflowConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
        NewsflowConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(),
        NewsflowConfig.APPLICATION_ID, "ready-" + UUID.randomUUID(),
        "topics.create", "false",
        "replication.factor", "1",
        "state.dir", stateDir.toString(),
        // No http.host: the ops port must be on loopback only by default.
        "http.port", "0"));
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      admin.createTopics(List.of(new NewTopic(raw, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    try (StreamsService service = StreamsService.start("ready-test", config, copy(raw, config),
        StreamsSettings.of(config, "unused", Stage.ENRICH))) {
      service.awaitRunning(Duration.ofSeconds(60));

      assertThat(status("http://127.0.0.1:" + service.httpPort() + "/ready")).isEqualTo(200);
      InetAddress external = nonLoopbackAddress();
      if (external != null) {
        try (Socket socket = new Socket()) {
          assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external, service.httpPort()), 2000))
              .as("the ops port answers on %s", external).isInstanceOf(IOException.class);
        }
      }
      assertThat(service.threadFailures()).isZero();
      assertThat(Files.exists(StateOwner.file(stateDir, config.get(NewsflowConfig.APPLICATION_ID, "")))).isTrue();
    }
  }

  /** Item 14 of the reliability issue for the stages: credentials never show in what a stage writes or answers. */
  @Test
  void aStageShowsNoSecretInItsLogMetricsOrAnswers(@TempDir Path stateDir) throws Exception {
    String saslPassword = "stage-sasl-pw-41c9e2";
    String registryPassword = "stage-registry-pw-8b07d3";
    String raw = "raw-" + UUID.randomUUID();
    NewsflowConfig config = NewsflowConfig.of(Map.ofEntries(
        Map.entry(NewsflowConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers()),
        Map.entry(NewsflowConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl()),
        Map.entry(NewsflowConfig.APPLICATION_ID, "secrets-" + UUID.randomUUID()),
        Map.entry("topics.create", "false"),
        Map.entry("replication.factor", "1"),
        Map.entry("state.dir", stateDir.toString()),
        Map.entry("http.port", "0"),
        // PLAINTEXT listener: the JAAS config is carried to every client (and logged, if anything logs it) but not used.
        Map.entry("kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\"enrich\" password=\"" + saslPassword + "\";"),
        Map.entry("kafka.sasl.mechanism", "PLAIN"),
        Map.entry("registry.basic.auth.user.info", "enrich:" + registryPassword)));
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      admin.createTopics(List.of(new NewTopic(raw, 1, (short) 1), new NewTopic(raw + "-copy", 1, (short) 1)))
          .all().get(30, TimeUnit.SECONDS);
    }
    List<String> seen = new ArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    try (StreamsService service = StreamsService.start("secrets-test", config, copy(raw, config),
        StreamsSettings.of(config, "unused", Stage.ENRICH))) {
      service.awaitRunning(Duration.ofSeconds(60));
      String base = "http://127.0.0.1:" + service.httpPort();
      for (String path : List.of("/metrics", "/ready", "/health", "/no-such-page")) {
        seen.add(body(base + path));
      }
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    seen.add(log.toString(StandardCharsets.UTF_8));

    assertThat(seen.get(0)).contains("newsflow_stream_thread_failures_total");
    assertThat(seen.get(1)).contains("ready");
    assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(saslPassword).doesNotContain(registryPassword));
  }

  private static String body(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static Topology copy(String raw, NewsflowConfig config) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(raw, Consumed.with(Serdes.String(), SpecificAvroSerde.<RawArticle>forValues(config.serdeProperties())))
        .to(raw + "-copy", Produced.with(Serdes.String(), SpecificAvroSerde.<RawArticle>forValues(config.serdeProperties())));
    return builder.build();
  }

  private static boolean awaitStopped(StreamsService service, Duration timeout) throws InterruptedException {
    Thread waiter = new Thread(() -> {
      try {
        service.awaitStop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    waiter.join(timeout.toMillis());
    return !waiter.isAlive();
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + timeout);
      }
      Thread.sleep(50);
    }
  }

  private static int status(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** An IPv4 address of this machine other than loopback, or null when it has none. */
  private static InetAddress nonLoopbackAddress() throws Exception {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst().orElse(null);
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
