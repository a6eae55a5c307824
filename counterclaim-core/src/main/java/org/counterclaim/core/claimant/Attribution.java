package org.counterclaim.core.claimant;

/**
 * Who a sentence attributes its statements to, and the outlet that relayed them ({@code relayedBy}
 * null when the text names none).
 */
public record Attribution(Claimant claimant, String relayedBy) {}
