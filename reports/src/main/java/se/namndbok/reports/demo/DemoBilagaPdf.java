package se.namndbok.reports.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.reports.layout.ReportDocument;
import se.namndbok.reports.layout.ReportPdf;

/**
 * The PDF the app hands to {@code DemoBoard.attach} for each of the demo's attachments (core has no PDFBox): the
 * attachment's text ({@link DemoBilagaText}, transcribed from the reference kallelse) as a tagged PDF/A-2b,
 * PDF/UA-1 document, so the demo kallelse merges attachments of realistic length where the reference has them
 * and still validates.
 */
public final class DemoBilagaPdf {
  private DemoBilagaPdf() {}

  /**
   * @throws IllegalArgumentException if the demo has no text for the attachment's file name
   */
  public static byte[] of(DemoBilaga bilaga) {
    DemoBilagaText text = DemoBilagaText.of(bilaga.filnamn());
    String header = text.avsandare() + (bilaga.handlingsId() == null ? "" : " · Hid " + bilaga.handlingsId());
    OffsetDateTime created = bilaga.datum() == null ? OffsetDateTime.of(2025, 10, 1, 12, 0, 0, 0, ZoneOffset.UTC)
        : bilaga.datum().atTime(12, 0).atOffset(ZoneOffset.UTC);
    return ReportPdf.bytes(new ReportDocument(text.titel(), text.avsandare(), header, created, text.blocks()));
  }
}
