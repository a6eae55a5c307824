package org.counterclaim.store;

import org.counterclaim.core.actor.ClaimantType;

/**
 * A claimant or armed group of the ledger: its name, type (an armed group for a group held
 * responsible), how many claims it made and in how many incidents it appears.
 */
public record ActorCount(String name, ClaimantType type, long claims, long incidents) {}
