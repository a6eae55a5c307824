package org.counterclaim.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.store.IncidentOrder;
import org.counterclaim.store.IncidentSummary;
import org.counterclaim.store.QueryFilter;

/** Reads and checks a request's query parameters; a bad one is a 400 naming it. */
final class Params {

  /** The ISO 3166-1 alpha-2 codes, and Kosovo's XK, which GeoNames uses. */
  private static final Set<String> COUNTRIES = countries();

  private final Context ctx;
  private final int maxPage;

  Params(Context ctx, int maxPage) {
    this.ctx = ctx;
    this.maxPage = maxPage;
  }

  /**
   * The filter of {@code since}, {@code until}, {@code country}, {@code place}, {@code actor},
   * the claim's {@code outcome}, {@code victims} and {@code claimant}, and the incident's {@code
   * contested}, {@code minDeaths} and {@code updatedSince}.
   */
  QueryFilter filter() {
    LocalDate since = date("since");
    LocalDate until = date("until");
    if (since != null && until != null && until.isBefore(since)) {
      throw new ApiError(400, "until (" + until + ") is before since (" + since + ")");
    }
    return new QueryFilter(since, until, country(), text("place"), text("actor"))
        .withClaims(label("outcome", Outcome.class), label("victims", VictimCategory.class),
            text("claimant"))
        .withIncidents(flag("contested"), whole("minDeaths"), instant("updatedSince"));
  }

  /** {@code country}: an ISO 3166-1 alpha-2 code (case ignored), null when absent. */
  private String country() {
    String v = text("country");
    if (v != null && !COUNTRIES.contains(v.toUpperCase(Locale.ROOT))) {
      throw new ApiError(400, "country must be an ISO 3166-1 alpha-2 code such as PK or NG, not '"
          + v + "'");
    }
    return v;
  }

  /** The constant of {@code type} whose label (lower-case name) the parameter holds. */
  private <E extends Enum<E>> E label(String name, Class<E> type) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    throw new ApiError(400, name + " must be one of " + String.join(", ",
        java.util.Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()) + ", not '" + v + "'");
  }

  private Boolean flag(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ApiError(400, name + " must be true or false, not '" + v + "'");
    };
  }

  private Integer whole(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, name + " must be a whole number of 0 or more, not '" + v + "'");
  }

  /** A time (ISO instant, e.g. 2026-01-05T10:00:00Z) or a date (its start, UTC). */
  private Instant instant(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new ApiError(400, name + " must be a date (YYYY-MM-DD) or a time"
          + " (YYYY-MM-DDThh:mm:ssZ), not '" + v + "'");
    }
  }

  /** {@code sort}: the order of an incident list, newest event first when absent. */
  IncidentOrder order() {
    IncidentOrder o = label("sort", IncidentOrder.class);
    return o == null ? IncidentOrder.DATE : o;
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

  /**
   * The key a page of an incident list in {@code order} continues after ({@code cursor}), null
   * for the first page.
   */
  String cursor(IncidentOrder order) {
    String key = cursor();
    String prefix = order.label() + ":";
    if (key == null) {
      return null;
    }
    if (!key.startsWith(prefix) || !order.isKey(key.substring(prefix.length()))) {
      throw new ApiError(400, "cursor is not one this server gave for sort=" + order.label());
    }
    return key.substring(prefix.length());
  }

  /** The cursor of the next page of an incident list in {@code order}; null for none. */
  static String cursorOf(IncidentOrder order, String key) {
    return key == null ? null : cursorOf(order.label() + ":" + key);
  }

  /** The key a page continues after ({@code cursor}), null for the first page. */
  private String cursor() {
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
    return key == null ? null : Base64.getUrlEncoder().withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
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

  private static Set<String> countries() {
    Set<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    codes.add("XK");
    return Set.copyOf(codes);
  }
}
