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

  /** How long a posted report may wait to be stored before it is answered 503, in ms. */
  private static final long ASYNC_TIMEOUT_MS = 5 * 60_000;

  private final Javalin app;
  private final Api api;
  private final LedgerPool ledgers;
  private final PostedReports posted;

  private CounterclaimServer(Javalin app, Api api, LedgerPool ledgers, PostedReports posted) {
    this.app = app;
    this.api = api;
    this.ledgers = ledgers;
    this.posted = posted;
  }

  /**
   * Starts serving {@code config}'s ledger; {@code extractor} gives the extractor for posted
   * reports (asked for at the first one); the shipped vocabulary and actors clean and group them.
   *
   * @throws LedgerException when the ledger cannot be opened
   */
  public static CounterclaimServer start(ServerConfig config, Supplier<Extractor> extractor) {
    return start(config, extractor, IntakeWords.shipped());
  }

  /**
   * Starts serving {@code config}'s ledger; {@code extractor} gives the extractor for posted
   * reports (asked for at the first one), and {@code words} clean and group them.
   *
   * @throws LedgerException when the ledger cannot be opened
   */
  public static CounterclaimServer start(ServerConfig config, Supplier<Extractor> extractor,
      IntakeWords words) {
    LedgerPool ledgers = new LedgerPool(config.ledger(), config.readers());
    Supplier<Extractor> loaded = memoized(extractor);
    PostedReports posted;
    try {
      posted = config.token() == null ? null
          : new PostedReports(config.ledger(), loaded, words, config.maxPending());
    } catch (LedgerException e) {
      ledgers.close();
      throw e;
    }
    String index = resource("/web/index.html");
    String openApi = resource("/openapi.json");
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(Json.mapper(), false));
      c.http.maxRequestSize = config.maxBodyBytes();
      // a posted report waits for the reports before it; past this it is told to send again
      c.http.asyncTimeout = ASYNC_TIMEOUT_MS;
      c.jetty.timeoutStatus = 503;
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
    Api api = new Api(config, ledgers, posted, words, loaded);
    api.routes(app);
    app.exception(ApiError.class, (e, ctx) -> {
      if (e.retryable()) {
        ctx.header("Retry-After", "1");
      }
      error(ctx, e.status(), e.getMessage());
    });
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
      api.close();
      ledgers.close();
      if (posted != null) {
        posted.close();
      }
      throw e;
    }
    return new CounterclaimServer(app, api, ledgers, posted);
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

  /**
   * Stops taking reports, stores those already taken (each answered as it is), then stops
   * serving and closes the ledger.
   */
  @Override
  public void close() {
    if (posted != null) {
      posted.close();
    }
    app.stop();
    api.close();
    ledgers.close();
  }
}
