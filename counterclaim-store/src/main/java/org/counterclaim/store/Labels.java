package org.counterclaim.store;

import java.time.LocalDate;
import java.util.Locale;

/** Column values read back into the domain's types: vocabulary labels and ISO dates. */
final class Labels {

  private Labels() {}

  /** The constant of {@code type} whose label (its lower-case name) is {@code label}; null stays null. */
  static <E extends Enum<E>> E of(Class<E> type, String label) {
    return label == null ? null : Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
  }

  /** The date an ISO {@code yyyy-mm-dd} column holds; null stays null. */
  static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
