package io.newsflow.ingest.http;

import io.newsflow.schemas.config.NewsflowConfig;
import java.time.Duration;

/**
 * How the ingest HTTP service listens.
 *
 * @param token bearer token POST /articles requires, or null for none
 * @param ackTimeout how long a request waits for Kafka's acknowledgement before answering 503
 */
public record HttpSettings(String host, int port, String token, Duration ackTimeout) {
  public static final String HOST_KEY = "ingest.http.host";
  public static final String PORT_KEY = "ingest.http.port";
  public static final String TOKEN_KEY = "ingest.http.token";
  public static final String ACK_TIMEOUT_KEY = "ingest.ack.timeout.ms";

  public HttpSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(PORT_KEY + " must be 0-65535, got " + port);
    }
    if (ackTimeout.isNegative() || ackTimeout.isZero()) {
      throw new IllegalArgumentException(ACK_TIMEOUT_KEY + " must be positive, got " + ackTimeout.toMillis());
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  /**
   * From {@code ingest.http.host} (else the services' shared {@code http.host}, else 0.0.0.0),
   * {@code ingest.http.port} (else {@code http.port}, else 8080), {@code ingest.http.token},
   * {@code ingest.ack.timeout.ms} (10000).
   */
  public static HttpSettings from(NewsflowConfig config) {
    return new HttpSettings(config.get(HOST_KEY, config.get("http.host", "0.0.0.0")),
        config.getInt(PORT_KEY, config.getInt("http.port", 8080)), config.get(TOKEN_KEY, null),
        Duration.ofMillis(config.getLong(ACK_TIMEOUT_KEY, 10_000)));
  }
}
