package org.counterclaim.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.reconcile.CredibilityGap;
import org.counterclaim.store.ActorCount;
import org.counterclaim.store.IncidentOrder;
import org.counterclaim.store.IncidentSummary;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.QueryFilter;
import org.counterclaim.store.StoredClaim;
import org.counterclaim.store.StoredQuote;
import org.counterclaim.store.StoredReport;

/** The REST API's routes: what each endpoint reads from the ledger and answers. */
final class Api {

  /** A page of items and the cursor of the next page (null on the last). */
  record Page<T>(List<T> items,
      @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) String next) {}

  /** A page of items, the cursor of the next page (null on the last) and how many in all. */
  record CountedPage<T>(List<T> items,
      @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) String next,
      long total) {}

  /** Items without paging. */
  record Items<T>(List<T> items) {}

  /** What the web page needs to know of the server. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
  record Config(String tiles, boolean readOnly) {}

  private final ServerConfig config;
  private final LedgerPool ledgers;
  private final PostedReports posted;
  private final ReportIntake intake;
  private final RequestBodies bodies;
  private final Downloads downloads;
  private final Extracting extracting;

  /**
   * The routes over {@code ledgers} for reads and {@code posted} (null when read-only), cleaning
   * posted pages with {@code words} and extracting reports sent only to be read with {@code
   * extractor}.
   */
  Api(ServerConfig config, LedgerPool ledgers, PostedReports posted, IntakeWords words,
      Supplier<Extractor> extractor) {
    this.config = config;
    this.ledgers = ledgers;
    this.posted = posted;
    this.intake = new ReportIntake(words.vocabulary());
    this.bodies = new RequestBodies(config.maxBodyBytes(), config.maxUploads(),
        config.minUploadRate());
    this.downloads = new Downloads(ledgers, config.maxPage());
    this.extracting = new Extracting(extractor, config.maxPending());
  }

  /** Stops what the routes run in the background. */
  void close() {
    bodies.close();
    extracting.close();
  }

  /** Adds the routes to {@code app}. */
  void routes(Javalin app) {
    app.get("/api/config", ctx -> ctx.json(new Config(config.tiles(), config.token() == null)));
    app.get("/api/incidents", this::incidents);
    app.get("/api/incidents.csv", downloads::incidentsCsv);
    app.get("/api/incidents.geojson", downloads::incidentsGeojson);
    app.get("/api/incidents/{id}", this::incident);
    app.get("/api/report", this::report);
    app.get("/api/claims", this::claims);
    app.get("/api/claims.csv", downloads::claimsCsv);
    app.get("/api/quotes", this::quotes);
    app.get("/api/actors", ctx -> ctx.json(new Items<>(
        ledgers.read(l -> l.actors(null, 500)))));
    app.get("/api/search", this::search);
    app.get("/api/timeline", ctx -> {
      QueryFilter filter = params(ctx).filter();
      ctx.json(new Items<>(ledgers.read(l -> l.incidents().timeline(filter))));
    });
    app.get("/api/gap", this::gap);
    app.post("/api/reports", this::post);
    app.post("/api/extract", this::extract);
  }

  private Params params(Context ctx) {
    return new Params(ctx, config.maxPage());
  }

  private void incidents(Context ctx) {
    Params p = params(ctx);
    QueryFilter filter = p.filter();
    IncidentSummary.Box box = p.box();
    IncidentOrder order = p.order();
    int limit = p.limit(50);
    String after = p.cursor(order);
    IncidentSummary.Page page =
        ledgers.read(l -> l.incidents().summaries(filter, box, order, after, limit));
    ctx.json(new CountedPage<>(page.items(), Params.cursorOf(order, page.next()),
        page.total()));
  }

  private void incident(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(ledgers.read(l -> l.incidents().find(id))
        .orElseThrow(() -> new ApiError(404, "no incident " + id)));
  }

  private void report(Context ctx) {
    String id = params(ctx).required("id");
    StoredReport r = ledgers.read(l -> l.report(id))
        .orElseThrow(() -> new ApiError(404, "no report " + id));
    ctx.json(new StoredReport(r.id(), r.publisher(), r.published(), shown(r.source()),
        r.language(), r.text()));
  }

  /**
   * Where a report came from as the API shows it: a URL as it is, a file by its name alone (the
   * server's folders are nobody's business).
   */
  static String shown(String source) {
    if (source == null || source.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      return source;
    }
    String name = source.replaceFirst("[/\\\\]+$", "");
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return cut < 0 ? name : name.substring(cut + 1);
  }

  private void claims(Context ctx) {
    Params p = params(ctx);
    QueryFilter filter = p.filter();
    int limit = p.limit(50);
    int offset = p.offset();
    List<StoredClaim> rows = ledgers.read(l -> l.claims(filter, offset, limit + 1));
    ctx.json(page(rows, offset, limit));
  }

  private void quotes(Context ctx) {
    Params p = params(ctx);
    QueryFilter filter = p.filter();
    int limit = p.limit(50);
    int offset = p.offset();
    List<StoredQuote> rows = ledgers.read(l -> l.quotes(filter, offset, limit + 1));
    ctx.json(page(rows, offset, limit));
  }

  private static <T> Page<T> page(List<T> rows, int offset, int limit) {
    return rows.size() > limit
        ? new Page<>(rows.subList(0, limit), Params.cursorOf(String.valueOf(offset + limit)))
        : new Page<>(rows, null);
  }

  private void search(Context ctx) {
    Params p = params(ctx);
    String words = p.required("q");
    int limit = p.limit(20);
    List<Map<String, Object>> items = new ArrayList<>();
    ledgers.read(l -> {
      for (Ledger.Hit h : l.search(words, limit)) {
        items.add(item("report", "id", h.reportKey(), "excerpt", h.excerpt(), "language",
            h.language()));
      }
      for (StoredQuote q : l.searchQuotes(words, limit)) {
        items.add(item("quote", "report", q.report(), "speaker", q.speaker(), "text", q.text()));
      }
      for (ActorCount a : l.actors(words, limit)) {
        items.add(item("actor", "name", a.name(), "type", a.type()));
      }
      return null;
    });
    ctx.json(new Items<>(items));
  }

  private static Map<String, Object> item(String kind, Object... fields) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    for (int i = 0; i < fields.length; i += 2) {
      m.put((String) fields[i], fields[i + 1]);
    }
    return m;
  }

  private void gap(Context ctx) {
    String actor = params(ctx).required("actor");
    ctx.json(ledgers.read(l -> CredibilityGap.of(l.incidents().list(
        new QueryFilter(null, null, null, null, actor), 0, Integer.MAX_VALUE), actor)));
  }

  private void post(Context ctx) {
    if (config.token() == null) {
      throw new ApiError(403, "this server is read-only (start it with --token-file to accept"
          + " reports)");
    }
    requireToken(ctx, "to add reports");
    // the body is read as it arrives and the report stored on the writer's thread: no request
    // thread waits for a slow client or for the ledger
    jakarta.servlet.http.HttpServletRequest request = ctx.req();
    ctx.future(() -> bodies.read(request)
        .thenApply(intake::read)
        .thenCompose(posted::submit)
        .thenAccept(r -> ctx.status(201).json(r)));
  }

  /**
   * Extracts one posted report and answers its extraction, as {@code extract} prints it, storing
   * nothing. With a token the server asks for it, as for writes; without one only this machine
   * may ask (a read-only server opens no CPU to the network).
   */
  private void extract(Context ctx) {
    if (config.token() != null) {
      requireToken(ctx, "to extract reports");
    } else if (!loopback(ctx.req().getRemoteAddr())) {
      throw new ApiError(403, "this server extracts for this machine only (start it with"
          + " --token-file to extract for others)");
    }
    jakarta.servlet.http.HttpServletRequest request = ctx.req();
    ctx.future(() -> bodies.read(request)
        .thenApply(intake::read)
        .thenCompose(extracting::extract)
        .thenAccept(ctx::json));
  }

  private void requireToken(Context ctx, String what) {
    String auth = ctx.header("Authorization");
    if (auth == null || !java.security.MessageDigest.isEqual(
        ("Bearer " + config.token()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        auth.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "a valid bearer token is needed " + what);
    }
  }

  private static boolean loopback(String address) {
    try {
      return java.net.InetAddress.getByName(address).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
