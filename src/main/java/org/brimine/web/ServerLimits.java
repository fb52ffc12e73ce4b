package org.brimine.web;

import java.time.Duration;

/**
 * What clients may take of the server, so that slow or greedy ones never stop it answering the
 * others.
 *
 * @param connections requests in progress at once, from their first byte to the end of the
 *     answer (each holds a thread while it is read, handled and answered); a connection that
 *     would go over the limit is closed at once, and idle keep-alive connections do not count
 * @param headerTimeout how long a client may take to send its request line and headers; then
 *     its connection is closed
 * @param headerBytes the most bytes of request headers accepted; more is answered 431
 */
public record ServerLimits(int connections, Duration headerTimeout, int headerBytes) {
  /** The limits of {@code bri serve}. */
  public static final ServerLimits DEFAULT =
      new ServerLimits(256, Duration.ofSeconds(10), 16 * 1024);

  public ServerLimits {
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be at least 1, got " + connections);
    }
    if (headerTimeout == null || headerTimeout.isNegative() || headerTimeout.isZero()) {
      throw new IllegalArgumentException("headerTimeout must be positive, got " + headerTimeout);
    }
    if (headerBytes < 1024) {
      throw new IllegalArgumentException("headerBytes must be at least 1024, got " + headerBytes);
    }
  }
}
