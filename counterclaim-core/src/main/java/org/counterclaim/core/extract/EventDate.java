package org.counterclaim.core.extract;

import java.time.LocalDate;
import org.counterclaim.core.report.Span;

/**
 * When a report says its event happened: the date, and the words it was read from ("on Monday",
 * "02/28/2016", "5 January"), which a weekday or "yesterday" resolves against the publication
 * date.
 */
public record EventDate(LocalDate date, Span evidence) {}
