package org.counterclaim.app.serve;

import java.nio.file.Path;
import org.counterclaim.app.cli.TokenFile;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.server.ServerConfig;
import org.counterclaim.store.LedgerConfig;
import picocli.CommandLine.Option;

/** The options of a command that serves a ledger: where it listens and who may add reports. */
public final class ServerOptions {

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "Listen on this port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "localhost", paramLabel = "NAME",
      description = "Listen on this address (default: ${DEFAULT-VALUE}; 0.0.0.0 for every"
          + " interface).")
  String host;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file whose first line is the bearer token that allows POST /api/reports"
          + " (without it the server is read-only).")
  Path tokenFile;

  @Option(names = "--tiles", paramLabel = "URL",
      description = "Online map tiles (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png);"
          + " without it the map uses the offline basemap only.")
  String tiles;

  /** The server configuration for {@code ledger} these options describe. */
  ServerConfig config(LedgerConfig ledger) {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be 0..65535, not " + port);
    }
    if (tiles != null && !tiles.matches("https?://.*\\{z}.*\\{x}.*\\{y}.*")) {
      throw new UserError("--tiles must be an http(s) URL with {z}, {x} and {y}, not '" + tiles
          + "'");
    }
    return ServerConfig.of(ledger).at(host, port).withToken(token()).withTiles(tiles);
  }

  private String token() {
    return tokenFile == null ? null : TokenFile.read(tokenFile);
  }
}
