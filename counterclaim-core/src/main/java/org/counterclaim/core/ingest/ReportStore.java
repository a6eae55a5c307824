package org.counterclaim.core.ingest;

import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Report;

/**
 * Where the ingest service keeps reports: it stores finished extractions (telling new, revised,
 * unchanged and copied reports apart by their texts), records problems and rebuilds its incidents
 * with a grouping it is given. It extracts and groups nothing itself.
 */
public interface ReportStore {

  /** Stores an extracted report read from {@code source}; says what that changed. */
  Stored store(String source, ReportExtraction extraction);

  /**
   * Stores a report that is not in English with its text and its {@code language} (an ISO
   * 639-1 code, "und" when unknown), unextracted.
   */
  Stored storeNotEnglish(String source, Report report, String language);

  /** Records, once, a problem with an input. */
  void problem(String source, String reason);

  /** Whether reports were stored or changed since the incidents were last rebuilt. */
  boolean incidentsStale();

  /**
   * Rebuilds the incidents: reads the {@link IncidentGrouping.Input} from what is stored, hands
   * it to {@code grouping} and stores its output instead of the old incidents, all in one
   * transaction.
   */
  IncidentGrouping.Result regroup(IncidentGrouping grouping);
}
