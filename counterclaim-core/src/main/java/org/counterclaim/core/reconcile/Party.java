package org.counterclaim.core.reconcile;

/**
 * The party a claimant speaks for: its {@code key} (how parties compare: "actor:pakistan-army",
 * "police:NG", "media:frontier wire") and the {@code name} shown for it.
 */
public record Party(String key, String name) {}
