package se.namndbok.reports.delegationsbeslut;

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

/** "Redovisning av delegationsbeslut" for a sammanträde as its own PDF, in the kallelse's style. */
public final class DelegationsbeslutPdf {
  static final String RUBRIK = "Redovisning av delegationsbeslut";

  private DelegationsbeslutPdf() {}

  /** Writes the report; for {@link Version#OFFENTLIG} confidential beslut are listed without rubrik. */
  public static ExportResult write(DelegationsbeslutRedovisning data, Version version, Path out, Progress progress) {
    boolean offentlig = version == Version.OFFENTLIG;
    List<DelegationsbeslutRad> rader =
        offentlig ? data.rader().stream().map(DelegationsbeslutRad::offentlig).toList() : data.rader();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(data.kommun().toUpperCase(Locale.ROOT) + " · "
        + data.namnd().toUpperCase(Locale.ROOT), true));
    blocks.add(new Block.Heading(1, RUBRIK));
    blocks.add(new Block.KeyValue("Sammanträde", data.namnd() + " " + data.datum()));
    if (offentlig) {
      blocks.add(new Block.Paragraph(Sekretess.OFFENTLIG_VERSION));
    }
    blocks.add(new Block.Paragraph("Beslut fattade på delegation ska anmälas till nämnden på nästföljande "
        + "sammanträde. Följande beslut redovisas enligt gällande delegationsordning:"));
    if (rader.isEmpty() && data.ovrigaBeslut().isEmpty()) {
      blocks.add(new Block.Paragraph("Inga delegationsbeslut att redovisa."));
    }
    blocks.addAll(DelegationsbeslutBlocks.grouped(rader, data.ovrigaBeslut(), 2));
    String suffix = offentlig ? " (offentlig version)" : "";
    ReportDocument document = new ReportDocument(RUBRIK + " " + data.namnd() + " " + data.datum() + suffix,
        data.namnd(), data.namnd() + " " + data.datum() + " · " + RUBRIK + suffix, data.skapad(), blocks);
    return ReportPdf.write(document, out, progress);
  }
}
