package org.counterclaim.core.ingest;

import org.counterclaim.core.clean.ReportLanguage;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Report;

/**
 * What became of one report before it is stored: extracted when it is in English, else kept
 * with its text, unextracted.
 */
public sealed interface Processed permits Processed.Extracted, Processed.NotEnglish {

  /** The id of the report. */
  String id();

  /** A report in English and everything extracted from it. */
  record Extracted(ReportExtraction extraction) implements Processed {

    @Override
    public String id() {
      return extraction.id();
    }
  }

  /**
   * A report not in English: kept and counted, not extracted; {@code language} is its ISO 639-1
   * code, or "und" when it could not be told.
   */
  record NotEnglish(Report report, String language) implements Processed {

    @Override
    public String id() {
      return report.id();
    }
  }

  /** {@code report} checked for its language and, when it is English, extracted. */
  static Processed of(Report report, Extractor extractor) {
    String language = new ReportLanguage(extractor.vocabulary()).of(report.text());
    return ReportLanguage.ENGLISH.equals(language)
        ? new Extracted(extractor.extract(report))
        : new NotEnglish(report, language);
  }
}
