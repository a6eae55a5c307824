package org.counterclaim.core.testkit;

import java.util.List;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Report;

/** Short ways to extract from a literal text in tests. */
public final class Extractions {

  private Extractions() {}

  /** The extraction of {@code text} as an unpublished report with no known publisher. */
  public static ReportExtraction of(String text) {
    return of(text, null);
  }

  /** The extraction of {@code text} published by {@code publisher}. */
  public static ReportExtraction of(String text, String publisher) {
    ReportExtraction e = Pipelines.extractor().extract(new Report("test", text, null, publisher));
    Contract.assertKept(e);
    return e;
  }

  /** The claims of {@code text}. */
  public static List<CasualtyClaim> claims(String text) {
    return of(text).claims();
  }
}
