package org.counterclaim.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.counterclaim.store.IncidentSummary;
import org.counterclaim.store.QueryFilter;

/** Reads and checks a request's query parameters; a bad one is a 400 naming it. */
final class Params {

  private final Context ctx;
  private final int maxPage;

  Params(Context ctx, int maxPage) {
    this.ctx = ctx;
    this.maxPage = maxPage;
  }

  /** The filter of {@code since}, {@code until}, {@code country}, {@code place}, {@code actor}. */
  QueryFilter filter() {
    LocalDate since = date("since");
    LocalDate until = date("until");
    if (since != null && until != null && until.isBefore(since)) {
      throw new ApiError(400, "until (" + until + ") is before since (" + since + ")");
    }
    return new QueryFilter(since, until, text("country"), text("place"), text("actor"));
  }

  /** A parameter's value, null when absent or blank; at most 200 characters. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > 200) {
      throw new ApiError(400, name + " is longer than 200 characters");
    }
    return v.strip();
  }

  /** A parameter that must be given. */
  String required(String name) {
    String v = text(name);
    if (v == null) {
      throw new ApiError(400, name + " is required");
    }
    return v;
  }

  LocalDate date(String name) {
    String v = text(name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiError(400, name + " must be a date (YYYY-MM-DD), not '" + v + "'");
    }
  }

  /** {@code limit}: 1 to the server's largest page, {@code fallback} when absent. */
  int limit(int fallback) {
    String v = text("limit");
    if (v == null) {
      return Math.min(fallback, maxPage);
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= maxPage) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, "limit must be a whole number from 1 to " + maxPage + ", not '"
        + v + "'");
  }

  /** {@code bbox=minLon,minLat,maxLon,maxLat}, null when absent. */
  IncidentSummary.Box box() {
    String v = text("bbox");
    if (v == null) {
      return null;
    }
    String[] parts = v.split(",");
    try {
      if (parts.length == 4) {
        double w = Double.parseDouble(parts[0]);
        double s = Double.parseDouble(parts[1]);
        double e = Double.parseDouble(parts[2]);
        double n = Double.parseDouble(parts[3]);
        if (w >= -180 && e <= 180 && s >= -90 && n <= 90 && w <= e && s <= n) {
          return new IncidentSummary.Box(w, s, e, n);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, "bbox must be minLon,minLat,maxLon,maxLat within -180..180 and"
        + " -90..90, not '" + v + "'");
  }

  /** The key a page continues after ({@code cursor}), null for the first page. */
  String cursor() {
    String v = text("cursor");
    if (v == null) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(v), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "cursor is not one this server gave");
    }
  }

  /** A cursor for {@code key}, null for none. */
  static String cursorOf(String key) {
    return key == null ? null
        : Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** A numeric cursor (an offset), 0 for the first page. */
  int offset() {
    String key = cursor();
    if (key == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(key);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, "cursor is not one this server gave");
  }
}
