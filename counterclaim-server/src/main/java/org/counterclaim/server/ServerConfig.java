package org.counterclaim.server;

import java.util.Objects;
import org.counterclaim.store.LedgerConfig;

/**
 * How the server runs: the ledger it serves, the address and port it listens on ({@code port} 0
 * picks a free one), the bearer token that allows {@code POST /api/reports} (null: read-only),
 * an online tile URL template for the map (null: the offline basemap only), the largest page a
 * list answers, the largest request body, and how many ledger connections serve reads at once.
 */
public record ServerConfig(LedgerConfig ledger, String host, int port, String token, String tiles,
    int maxPage, long maxBodyBytes, int readers) {

  public ServerConfig {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token is blank");
    }
    if (maxPage < 1 || maxBodyBytes < 1 || readers < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * Serving {@code ledger} on localhost:8080, read-only, offline, with the usual limits and a
   * ledger connection per processor (more only take turns for the processors).
   */
  public static ServerConfig of(LedgerConfig ledger) {
    return new ServerConfig(ledger, "localhost", 8080, null, null, 200, 1_000_000,
        Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** This configuration listening on {@code host} and {@code port}. */
  public ServerConfig at(String host, int port) {
    return new ServerConfig(ledger, host, port, token, tiles, maxPage, maxBodyBytes, readers);
  }

  /** This configuration accepting reports from holders of {@code token} (null: read-only). */
  public ServerConfig withToken(String token) {
    return new ServerConfig(ledger, host, port, token, tiles, maxPage, maxBodyBytes, readers);
  }

  /** This configuration drawing online tiles from {@code tiles} (null: none). */
  public ServerConfig withTiles(String tiles) {
    return new ServerConfig(ledger, host, port, token, tiles, maxPage, maxBodyBytes, readers);
  }
}
