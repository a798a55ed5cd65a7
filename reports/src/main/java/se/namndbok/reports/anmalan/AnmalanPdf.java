package se.namndbok.reports.anmalan;

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

/**
 * A report of the entries reported to a sammanträde ("Redovisning av delegationsbeslut", "… av meddelanden") as
 * its own PDF, in the kallelse's style; one writer for both kinds. For {@link Version#OFFENTLIG} a confidential
 * entry keeps its numbers and date but not its text.
 */
public final class AnmalanPdf {
  private AnmalanPdf() {}

  public static <R extends AnmalanRad<R>> ExportResult write(AnmalanRedovisning<R> data, Version version, Path out,
      Progress progress) {
    boolean offentlig = version == Version.OFFENTLIG;
    List<R> rader = offentlig ? data.rader().stream().map(AnmalanRad::offentlig).toList() : data.rader();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(data.kommun().toUpperCase(Locale.ROOT) + " · "
        + data.namnd().toUpperCase(Locale.ROOT), true));
    blocks.add(new Block.Heading(1, data.rubrik()));
    blocks.add(new Block.KeyValue("Sammanträde", data.namnd() + " " + data.datum()));
    if (!data.period().isEmpty()) {
      blocks.add(new Block.KeyValue(data.periodRubrik(), data.period()));
    }
    if (offentlig) {
      blocks.add(new Block.Paragraph(Sekretess.OFFENTLIG_VERSION));
    }
    if (!data.inledning().isEmpty()) {
      blocks.add(new Block.Paragraph(data.inledning()));
    }
    if (data.tomt()) {
      blocks.add(new Block.Paragraph(data.tom()));
    } else {
      blocks.addAll(data.blocks(rader));
    }
    String suffix = offentlig ? " (offentlig version)" : "";
    ReportDocument document = new ReportDocument(data.rubrik() + " " + data.namnd() + " " + data.datum() + suffix,
        data.namnd(), data.namnd() + " " + data.datum() + " · " + data.rubrik() + suffix, data.skapad(), blocks);
    return ReportPdf.write(document, out, progress);
  }
}
