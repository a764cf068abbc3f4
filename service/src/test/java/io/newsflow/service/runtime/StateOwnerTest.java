package io.newsflow.service.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka Streams itself re-initialises a store whose checkpoint is past the end of a new cluster's
 * changelog (OldStateTest sees it do so); what it cannot see is state restored on the same cluster but
 * written with another registry's schema ids. The owner record catches both.
 */
class StateOwnerTest {
  private static final String APP = "newsflow-publish";
  private static final StateOwner FIRST = new StateOwner("cluster-A", "http://localhost:8081");

  @TempDir
  Path stateDir;

  private final AtomicInteger wipes = new AtomicInteger();

  @Test
  void keepsStateThatBelongsToTheSameClusterAndRegistry() throws Exception {
    taskState();
    FIRST.claim(stateDir, APP, wipes::incrementAndGet);

    assertThat(new StateOwner("cluster-A", "http://localhost:8081").claim(stateDir, APP, wipes::incrementAndGet)).isFalse();
    assertThat(wipes).hasValue(1); // the first claim found state nobody had recorded
  }

  @Test
  void wipesStateOfAnotherClusterOrAnotherRegistry() throws Exception {
    taskState();
    FIRST.claim(stateDir, APP, wipes::incrementAndGet);
    wipes.set(0);

    assertThat(new StateOwner("cluster-B", "http://localhost:8081").claim(stateDir, APP, wipes::incrementAndGet)).isTrue();
    assertThat(new StateOwner("cluster-B", "http://registry-2:8081").claim(stateDir, APP, wipes::incrementAndGet)).isTrue();
    assertThat(wipes).hasValue(2);
    assertThat(Files.readString(StateOwner.file(stateDir, APP))).contains("cluster.id=cluster-B")
        .contains("registry-2");
  }

  @Test
  void startsWithoutWipingWhenThereIsNoStateYet() {
    assertThat(FIRST.claim(stateDir, APP, wipes::incrementAndGet)).isFalse();
    assertThat(wipes).hasValue(0);
    assertThat(StateOwner.file(stateDir, APP)).exists();
  }

  /** What Streams leaves: a folder per task under the application's folder. */
  private void taskState() throws Exception {
    Files.createDirectories(stateDir.resolve(APP).resolve("0_0").resolve("rocksdb"));
  }
}
