package org.counterclaim.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A stored report as a reader opens it: its key, outlet, publication date, the file or URL it was
 * read from, its language (an ISO 639-1 code such as "en" or
 * "de", "und" when it could not be told; only English reports are extracted) and its full text, into which claim offsets point.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StoredReport(String id, String publisher, LocalDate published, String source,
    String language, String text) {}
