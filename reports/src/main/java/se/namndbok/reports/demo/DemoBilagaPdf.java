package se.namndbok.reports.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.layout.ReportDocument;
import se.namndbok.reports.layout.ReportPdf;

/**
 * The PDF the app hands to {@code DemoBoard.attach} for each of the demo's attachments (core has no PDFBox):
 * a short tagged PDF/A-2b document that names the handling it stands for, so the demo kallelse merges
 * attachments where the reference has them and still validates.
 */
public final class DemoBilagaPdf {
  private DemoBilagaPdf() {}

  public static byte[] of(DemoBilaga bilaga) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, bilaga.rubrik()));
    if (bilaga.handlingsId() != null) {
      blocks.add(new Block.KeyValue("Hid", bilaga.handlingsId().toString()));
    }
    if (bilaga.datum() != null) {
      blocks.add(new Block.KeyValue("Datum", bilaga.datum().toString()));
    }
    blocks.add(new Block.Paragraph("Demonstrationsbilaga till punkt " + bilaga.punkt() + " i demonämndens kallelse. "
        + "Nämndbok har skapat filen i stället för originalhandlingen, som finns i referenskallelsen."));
    OffsetDateTime created = bilaga.datum() == null ? OffsetDateTime.of(2025, 10, 1, 12, 0, 0, 0, ZoneOffset.UTC)
        : bilaga.datum().atTime(12, 0).atOffset(ZoneOffset.UTC);
    return ReportPdf.bytes(new ReportDocument(bilaga.rubrik(), "Socialförvaltningen", bilaga.filnamn(), created,
        blocks));
  }
}
