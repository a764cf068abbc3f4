package io.newsflow.service.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whose local Streams state this is. The state dir caches a cluster's changelogs, and its store values
 * carry schema ids of that cluster's registry; reused against another cluster (a new dev stack, a
 * rebuilt cluster) it answers with versions the new cluster never saw and schema ids the new registry
 * does not know. So the cluster id and registry address are written beside the application's state,
 * and state that belongs to another pair is wiped before Streams starts: Streams then restores it
 * from the changelogs of the cluster it runs on.
 */
public record StateOwner(String clusterId, String schemaRegistryUrl) {
  private static final Logger LOG = LoggerFactory.getLogger(StateOwner.class);

  public StateOwner {
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(schemaRegistryUrl, "schemaRegistryUrl");
  }

  /** The cluster the admin client talks to, with the registry the stage uses. */
  public static StateOwner of(Map<String, Object> adminConfig, String schemaRegistryUrl) {
    try (Admin admin = Admin.create(adminConfig)) {
      return new StateOwner(admin.describeCluster().clusterId().get(60, TimeUnit.SECONDS), schemaRegistryUrl);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking " + adminConfig.get("bootstrap.servers") + " for its cluster id", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the cluster id of " + adminConfig.get("bootstrap.servers")
          + " (needed to check the local Streams state belongs to it): " + e.getMessage(), e);
    }
  }

  /** {@code STATE_DIR/APPLICATION_ID.owner}: beside the application's state folder, which a wipe removes. */
  public static Path file(Path stateDir, String applicationId) {
    return stateDir.resolve(applicationId + ".owner");
  }

  /**
   * Runs {@code wipe} unless the state was last claimed by this owner (no claim at all counts as
   * another owner when state exists), then records this owner.
   *
   * @return whether state was wiped
   */
  public boolean claim(Path stateDir, String applicationId, Runnable wipe) {
    Path file = file(stateDir, applicationId);
    StateOwner previous = read(file);
    boolean stateExists = hasTaskState(stateDir.resolve(applicationId));
    boolean wiped = false;
    if (!equals(previous) && (stateExists || previous != null)) {
      LOG.warn("Local Streams state in {} belongs to {}, not to {}: wiping it; it is restored from this cluster's changelogs",
          stateDir.resolve(applicationId), previous == null ? "an unrecorded cluster" : previous, this);
      wipe.run();
      wiped = true;
    }
    write(file);
    return wiped;
  }

  /** Task state lives in sub-folders (one per task); Streams' own lock and metadata files are not state. */
  private static boolean hasTaskState(Path applicationDir) {
    if (!Files.isDirectory(applicationDir)) {
      return false;
    }
    try (var entries = Files.list(applicationDir)) {
      return entries.anyMatch(Files::isDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look into the Streams state in " + applicationDir, e);
    }
  }

  private static StateOwner read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException e) {
      LOG.warn("Cannot read {} ({}); treating the state as another cluster's", file, e.toString());
      return null;
    }
    String cluster = props.getProperty("cluster.id");
    String registry = props.getProperty("schema.registry.url");
    return cluster == null || registry == null ? null : new StateOwner(cluster, registry);
  }

  private void write(Path file) {
    Properties props = new Properties();
    props.setProperty("cluster.id", clusterId);
    props.setProperty("schema.registry.url", schemaRegistryUrl);
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        props.store(out, "the cluster and registry this application's Streams state belongs to (newsflow)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the owner of the Streams state in " + file, e);
    }
  }
}
