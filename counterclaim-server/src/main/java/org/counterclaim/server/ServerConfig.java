package org.counterclaim.server;

import java.util.Objects;
import org.counterclaim.store.LedgerConfig;

/**
 * How the server runs: the ledger it serves, the address and port it listens on ({@code port} 0
 * picks a free one), the bearer token that allows {@code POST /api/reports} (null: read-only),
 * an online tile URL template for the map (null: the offline basemap only), the largest page a
 * list answers, the largest request body, how many ledger connections serve reads at once, how
 * many posted reports may wait to be extracted and stored, how many request bodies may be
 * arriving at once, and the slowest rate, in bytes a second, at which a body may arrive.
 */
public record ServerConfig(LedgerConfig ledger, String host, int port, String token, String tiles,
    int maxPage, long maxBodyBytes, int readers, int maxPending, int maxUploads,
    long minUploadRate) {

  public ServerConfig {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token is blank");
    }
    if (maxPage < 1 || maxBodyBytes < 1 || readers < 1 || maxPending < 1 || maxUploads < 1
        || minUploadRate < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * Serving {@code ledger} on localhost:8080, read-only, offline, with the usual limits: pages of
   * 200, bodies of 1 MB, a ledger connection per processor (more only take turns for the
   * processors), 256 posted reports waiting, 64 bodies arriving at once, at 1 KB a second or
   * faster.
   */
  public static ServerConfig of(LedgerConfig ledger) {
    return new ServerConfig(ledger, "localhost", 8080, null, null, 200, 1_000_000,
        Math.max(2, Runtime.getRuntime().availableProcessors()), 256, 64, 1024);
  }

  /** This configuration listening on {@code host} and {@code port}. */
  public ServerConfig at(String host, int port) {
    return new ServerConfig(ledger, host, port, token, tiles, maxPage, maxBodyBytes, readers,
        maxPending, maxUploads, minUploadRate);
  }

  /** This configuration accepting reports from holders of {@code token} (null: read-only). */
  public ServerConfig withToken(String token) {
    return new ServerConfig(ledger, host, port, token, tiles, maxPage, maxBodyBytes, readers,
        maxPending, maxUploads, minUploadRate);
  }

  /** This configuration drawing online tiles from {@code tiles} (null: none). */
  public ServerConfig withTiles(String tiles) {
    return new ServerConfig(ledger, host, port, token, tiles, maxPage, maxBodyBytes, readers,
        maxPending, maxUploads, minUploadRate);
  }

  /**
   * This configuration with other limits on posted reports: how many may wait, how many bodies
   * may arrive at once, and their slowest rate in bytes a second.
   */
  public ServerConfig withUploadLimits(int maxPending, int maxUploads, long minUploadRate) {
    return new ServerConfig(ledger, host, port, token, tiles, maxPage, maxBodyBytes, readers,
        maxPending, maxUploads, minUploadRate);
  }
}
