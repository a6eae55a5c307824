package org.counterclaim.store;

/**
 * A claimant or armed group of the ledger: its name, type (a claimant type's label, or
 * "armed_group" for a group held responsible), how many claims it made and in how many
 * incidents it appears.
 */
public record ActorCount(String name, String type, long claims, long incidents) {}
