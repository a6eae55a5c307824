package org.counterclaim.core.casualty;

import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.claimant.Claimant;

/**
 * Whose figure serves whom: the side a speaker means by "our casualties", and whether a figure
 * serves the party that states it (losses it inflicted on its enemy, or no losses of its own).
 */
final class SelfInterest {

  private SelfInterest() {}

  /** The victims a speaker means by "our casualties": its own side's. */
  static VictimCategory ownSide(Claimant claimant) {
    if (claimant == null) {
      return VictimCategory.PEOPLE;
    }
    // police report on everyone's casualties; an army and an armed group on their own fighters'
    return switch (claimant.type()) {
      case STATE_MILITARY -> VictimCategory.SECURITY_FORCES;
      case ARMED_GROUP -> VictimCategory.MILITANTS;
      default -> VictimCategory.PEOPLE;
    };
  }

  /** A party to the fighting saying it lost no one: a figure that serves it. */
  static boolean deniesOwnLosses(Claimant claimant, VictimCategory victims) {
    if (claimant == null) {
      return false;
    }
    ClaimantType type = claimant.type();
    return type.isState() && victims.isStateForces()
        || type == ClaimantType.ARMED_GROUP && victims == VictimCategory.MILITANTS;
  }

  /** A party claiming losses it inflicted on its enemy. */
  static boolean selfInterested(Claimant claimant, VictimCategory victims, Outcome outcome) {
    if (claimant == null) {
      return false;
    }
    ClaimantType type = claimant.type();
    if (type.isState()) {
      return victims == VictimCategory.MILITANTS;
    }
    if (type == ClaimantType.ARMED_GROUP) {
      return victims.isStateForces() && outcome != Outcome.ARRESTED;
    }
    return false;
  }
}
