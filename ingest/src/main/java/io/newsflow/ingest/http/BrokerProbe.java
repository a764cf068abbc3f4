package io.newsflow.ingest.http;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Readiness: can a Kafka client with the producer's settings reach a broker right now? The
 * producer's own cached metadata would keep saying yes long after the cluster went away, so this
 * asks the cluster, with a short timeout so a probe never hangs a load balancer's check.
 */
public final class BrokerProbe implements BooleanSupplier, AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final Admin admin;

  private BrokerProbe(Admin admin) {
    this.admin = admin;
  }

  public static BrokerProbe create(NewsflowConfig config) {
    Map<String, Object> props = new java.util.LinkedHashMap<>(config.kafkaClientProperties());
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-ingest-ready");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() + 1000);
    return new BrokerProbe(Admin.create(props));
  }

  @Override
  public boolean getAsBoolean() {
    try {
      return !admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
          .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).isEmpty();
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
