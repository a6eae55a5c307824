package org.counterclaim.core.reconcile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;
import org.counterclaim.core.claimant.Claimant;

/**
 * The side of a conflict a claimant speaks for: the state (military, government, police and the
 * officials who speak for them), an armed group, or neither (media counting for themselves,
 * witnesses, medical and humanitarian bodies, rescuers and others).
 */
public enum Side {
  STATE,
  ARMED_GROUP,
  INDEPENDENT;

  private static final Pattern CARERS = Pattern.compile(
      "\\b(hospital|doctor|medic|medical|health|rescue|rescuer|morgue|red cross|red crescent"
          + "|aid|relief|ambulance)", Pattern.CASE_INSENSITIVE);

  /** The lower-case name used in JSON. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The side of {@code claimant}; a figure with no claimant is the relaying outlet's own. */
  public static Side of(Claimant claimant) {
    if (claimant == null) {
      return INDEPENDENT;
    }
    return switch (claimant.type()) {
      case STATE_MILITARY, STATE_GOVERNMENT, POLICE -> STATE;
      case ARMED_GROUP -> ARMED_GROUP;
      case OFFICIAL_UNNAMED -> CARERS.matcher(claimant.name()).find() ? INDEPENDENT : STATE;
      case MEDIA, WITNESS, MEDICAL, HUMANITARIAN, OTHER -> INDEPENDENT;
    };
  }
}
