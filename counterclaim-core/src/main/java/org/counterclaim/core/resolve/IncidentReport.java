package org.counterclaim.core.resolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A report of an incident: its id (the JSONL id, else its file or URL), outlet, publication date
 * and, for a reprint, the report it repeats.
 */
public record IncidentReport(
    String id,
    @JsonInclude(JsonInclude.Include.ALWAYS) String publisher,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate published,
    @JsonInclude(JsonInclude.Include.NON_NULL) String reprintOf) {}
