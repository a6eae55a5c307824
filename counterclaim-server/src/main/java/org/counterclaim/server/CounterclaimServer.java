package org.counterclaim.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.json.Json;
import org.counterclaim.store.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a ledger over HTTP: the REST API under {@code /api}, its OpenAPI document at {@code
 * /openapi.json}, and the web page (map, timeline, incident pages, credibility gap, search) at
 * {@code /}, with Leaflet and the offline basemap from the jar.
 */
public final class CounterclaimServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CounterclaimServer.class);

  private final Javalin app;
  private final LedgerPool ledgers;

  private CounterclaimServer(Javalin app, LedgerPool ledgers) {
    this.app = app;
    this.ledgers = ledgers;
  }

  /**
   * Starts serving {@code config}'s ledger; {@code extractor} gives the extractor for posted
   * reports (asked for at the first one).
   *
   * @throws LedgerException when the ledger cannot be opened
   */
  public static CounterclaimServer start(ServerConfig config, Supplier<Extractor> extractor) {
    LedgerPool ledgers = new LedgerPool(config.ledger(), config.readers());
    String index = resource("/web/index.html");
    String openApi = resource("/openapi.json");
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(Json.mapper(), false));
      c.http.maxRequestSize = config.maxBodyBytes();
      // a few threads per ledger connection: more only queue for a connection, and on a small
      // machine their switching stretches the slowest answers
      QueuedThreadPool threads = new QueuedThreadPool(config.readers() + 6, config.readers() + 2);
      threads.setName("counterclaim-http");
      c.jetty.threadPool = threads;
      c.staticFiles.add(s -> {
        s.hostedPath = "/web";
        s.directory = "/web";
        s.location = Location.CLASSPATH;
      });
      c.staticFiles.add(s -> {
        s.hostedPath = "/basemap";
        s.directory = "/basemap";
        s.location = Location.CLASSPATH;
      });
      c.staticFiles.enableWebjars();
    });
    app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(index));
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    new Api(config, ledgers, memoized(extractor)).routes(app);
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        switch (e.getStatus()) {
          case 404 -> "no such page: " + ctx.path();
          case 413 -> "the request is larger than " + config.maxBodyBytes() + " bytes";
          default -> e.getMessage();
        }));
    app.exception(LedgerException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    });
    app.error(404, ctx -> {
      if (!answered(ctx)) {
        error(ctx, 404, "no such page: " + ctx.path());
      }
    });
    app.error(413, ctx -> {
      if (!answered(ctx)) {
        error(ctx, 413, "the request is larger than " + config.maxBodyBytes() + " bytes");
      }
    });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      ledgers.close();
      throw e;
    }
    return new CounterclaimServer(app, ledgers);
  }

  /** Whether an error was already answered as JSON (by an exception handler). */
  private static boolean answered(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("status", status, "message", message));
  }

  private static Supplier<Extractor> memoized(Supplier<Extractor> s) {
    return new Supplier<>() {
      private Extractor loaded;

      @Override
      public synchronized Extractor get() {
        if (loaded == null) {
          loaded = s.get();
        }
        return loaded;
      }
    };
  }

  private static String resource(String path) {
    try (InputStream in = CounterclaimServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    ledgers.close();
  }
}
