package io.newsflow.ingest.http;

import io.newsflow.schemas.config.NewsflowConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * How the ingest HTTP service listens.
 *
 * <p>By default only on the loopback address. On any other address {@code POST /articles} needs a
 * token, unless {@code allowUnauthenticated} says on purpose that anyone who can reach the port may
 * publish (e.g. behind a proxy that authenticates).
 *
 * @param token bearer token POST /articles requires, or null for none
 * @param ackTimeout how long a request waits for Kafka's acknowledgement before answering 503
 * @param allowUnauthenticated whether to serve POST /articles without a token on a non-loopback address
 */
public record HttpSettings(String host, int port, String token, Duration ackTimeout, boolean allowUnauthenticated) {
  public static final String HOST_KEY = "ingest.http.host";
  public static final String PORT_KEY = "ingest.http.port";
  public static final String TOKEN_KEY = "ingest.http.token";
  public static final String ACK_TIMEOUT_KEY = "ingest.ack.timeout.ms";
  public static final String ALLOW_UNAUTHENTICATED_KEY = "ingest.http.allow.unauthenticated";

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
    if (token == null && !allowUnauthenticated && !isLoopback(host)) {
      throw new IllegalArgumentException("ingest-service would let anyone who reaches " + host + ":" + port
          + " publish articles: set a token (NEWSFLOW_INGEST_HTTP_TOKEN, or " + TOKEN_KEY + " in the --config file), "
          + "listen on " + NewsflowConfig.LOOPBACK + ", or pass --allow-unauthenticated (" + ALLOW_UNAUTHENTICATED_KEY
          + "=true) if something in front of it authenticates");
    }
  }

  /** Loopback only, no token, publishing refused elsewhere. */
  public HttpSettings(String host, int port, String token, Duration ackTimeout) {
    this(host, port, token, ackTimeout, false);
  }

  /**
   * From {@code ingest.http.host} (else the services' shared {@code http.host}, which defaults to
   * 127.0.0.1), {@code ingest.http.port} (else {@code http.port}, else 8080), {@code ingest.http.token},
   * {@code ingest.ack.timeout.ms} (10000), {@code ingest.http.allow.unauthenticated} (false).
   */
  public static HttpSettings from(NewsflowConfig config) {
    return new HttpSettings(config.get(HOST_KEY, config.get(NewsflowConfig.HTTP_HOST, NewsflowConfig.LOOPBACK)),
        config.getInt(PORT_KEY, config.getInt("http.port", 8080)), config.get(TOKEN_KEY, null),
        Duration.ofMillis(config.getLong(ACK_TIMEOUT_KEY, 10_000)), config.getBoolean(ALLOW_UNAUTHENTICATED_KEY, false));
  }

  /** Whether every address the name stands for is a loopback one; an unresolvable name is not. */
  static boolean isLoopback(String host) {
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      for (InetAddress address : addresses) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
