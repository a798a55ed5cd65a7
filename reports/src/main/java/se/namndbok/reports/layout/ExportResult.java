package se.namndbok.reports.layout;

import java.util.List;

/**
 * The outcome of a successful export.
 *
 * @param pdfA whether the file claims (and is built to satisfy) PDF/A-2b
 * @param pdfUa whether the file claims PDF/UA-1
 * @param pages the number of pages including merged attachments
 * @param warnings Swedish messages for the user, e.g. which attachment keeps the file from being PDF/A
 */
public record ExportResult(boolean pdfA, boolean pdfUa, int pages, List<String> warnings) {
  public ExportResult {
    warnings = List.copyOf(warnings);
  }

  /** The same result with {@code warning} told first. */
  public ExportResult withWarning(String warning) {
    return new ExportResult(pdfA, pdfUa, pages,
        java.util.stream.Stream.concat(java.util.stream.Stream.of(warning), warnings.stream()).toList());
  }
}
