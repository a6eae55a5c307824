package org.counterclaim.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.counterclaim.core.actor.ClaimantType;

/** A quote or statement as the ledger lists it: its report, publication, speaker and words. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StoredQuote(
    String report,
    LocalDate published,
    String publisher,
    String speaker,
    String role,
    String actor,
    ClaimantType speakerType,
    boolean direct,
    String text) {}
