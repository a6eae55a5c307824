package org.counterclaim.server.export;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;

/** A country by its ISO 3166-1 alpha-2 code: its English name and alpha-3 code. */
record Country(String code, String name, String iso3) {

  /** The country of {@code code} ("PK"); null for null; name and iso3 null when unknown. */
  static Country of(String code) {
    if (code == null) {
      return null;
    }
    Locale l;
    try {
      l = new Locale.Builder().setRegion(code).build();
    } catch (IllformedLocaleException e) {
      return new Country(code, null, null); // not a region code: nothing to name
    }
    String name = l.getDisplayCountry(Locale.ENGLISH);
    String iso3;
    try {
      iso3 = l.getISO3Country();
    } catch (MissingResourceException e) {
      iso3 = null; // a code Java does not know: no alpha-3 code to give
    }
    return new Country(code, name.isEmpty() || name.equals(code) ? null : name,
        iso3 == null || iso3.isEmpty() ? null : iso3);
  }
}
