package org.counterclaim.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A quote or statement as the ledger lists it: its report, publication, speaker and words. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StoredQuote(
    String report,
    String published,
    String publisher,
    String speaker,
    String role,
    String actor,
    String speakerType,
    boolean direct,
    String text) {}
