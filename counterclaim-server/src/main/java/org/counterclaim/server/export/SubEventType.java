package org.counterclaim.server.export;

/**
 * ACLED's sub-event types of political violence that the ledger can tell, each with its event
 * type, spelled exactly as ACLED spells them so that exports load beside ACLED's data.
 */
public enum SubEventType {
  ARMED_CLASH("Battles", "Armed clash"),
  GOVERNMENT_REGAINS_TERRITORY("Battles", "Government regains territory"),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY("Battles", "Non-state actor overtakes territory"),
  AIR_DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike"),
  SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb"),
  SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack"),
  REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED"),
  GRENADE("Explosions/Remote violence", "Grenade"),
  ATTACK("Violence against civilians", "Attack"),
  ABDUCTION("Violence against civilians", "Abduction/forced disappearance");

  private final String eventType;
  private final String label;

  SubEventType(String eventType, String label) {
    this.eventType = eventType;
    this.label = label;
  }

  /** ACLED's event type this sub-event type belongs to ("Battles"). */
  public String eventType() {
    return eventType;
  }

  /** ACLED's spelling of the sub-event type ("Armed clash"). */
  public String label() {
    return label;
  }

  /** The sub-event type ACLED spells {@code label}; rejects others. */
  public static SubEventType of(String label) {
    for (SubEventType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not an ACLED sub-event type the ledger uses: '" + label
        + "'");
  }
}
