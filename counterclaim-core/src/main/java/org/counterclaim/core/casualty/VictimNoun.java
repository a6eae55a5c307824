package org.counterclaim.core.casualty;

/** An entry of the victim vocabulary: its category and whether it names one person. */
record VictimNoun(VictimCategory category, boolean singular, boolean plural) {}
