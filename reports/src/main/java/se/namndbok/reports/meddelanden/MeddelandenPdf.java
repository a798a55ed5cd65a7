package se.namndbok.reports.meddelanden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.layout.ReportDocument;
import se.namndbok.reports.layout.ReportPdf;
import se.namndbok.reports.sekretess.Sekretess;
import se.namndbok.reports.sekretess.Version;

/** "Redovisning av meddelanden" for a sammanträde as its own PDF, in the kallelse's style. */
public final class MeddelandenPdf {
  static final String RUBRIK = "Redovisning av meddelanden";

  private MeddelandenPdf() {}

  /** Writes the report; for {@link Version#OFFENTLIG} confidential meddelanden are listed without ämne. */
  public static ExportResult write(MeddelandenRedovisning data, Version version, Path out, Progress progress) {
    boolean offentlig = version == Version.OFFENTLIG;
    List<MeddelandeRad> rader = offentlig ? data.rader().stream().map(MeddelandeRad::offentlig).toList() : data.rader();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(data.kommun().toUpperCase(Locale.ROOT) + " · "
        + data.namnd().toUpperCase(Locale.ROOT), true));
    blocks.add(new Block.Heading(1, RUBRIK));
    blocks.add(new Block.KeyValue("Sammanträde", data.namnd() + " " + data.datum()));
    if (offentlig) {
      blocks.add(new Block.Paragraph(Sekretess.OFFENTLIG_VERSION));
    }
    if (rader.isEmpty()) {
      blocks.add(new Block.Paragraph("Inga meddelanden att redovisa."));
    } else {
      blocks.add(new Block.Paragraph("Följande meddelanden redovisas:"));
      blocks.add(MeddelandenBlocks.table(rader));
    }
    String suffix = offentlig ? " (offentlig version)" : "";
    ReportDocument document = new ReportDocument(RUBRIK + " " + data.namnd() + " " + data.datum() + suffix,
        data.namnd(), data.namnd() + " " + data.datum() + " · " + RUBRIK + suffix, data.skapad(), blocks);
    return ReportPdf.write(document, out, progress);
  }
}
