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
}
