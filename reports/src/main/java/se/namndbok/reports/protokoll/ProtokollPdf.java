package se.namndbok.reports.protokoll;

import java.nio.file.Path;
import se.namndbok.reports.layout.ExportException;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.layout.ReportDocument;
import se.namndbok.reports.layout.ReportPdf;
import se.namndbok.reports.sekretess.Version;

/** Writes the protokoll of a sammanträde as a tagged PDF/A-2b, PDF/UA-1 file: the members' copy or the public copy. */
public final class ProtokollPdf {
  private ProtokollPdf() {}

  /**
   * Writes {@code data} to {@code out} (via a temporary file in the same folder; nothing is left on failure). For
   * {@link Version#OFFENTLIG} a confidential § keeps its number, rubrik and ärendenr and says it is confidential.
   *
   * @throws ExportException with a Swedish message when the file cannot be written
   */
  public static ExportResult write(ProtokollData data, Version version, Path out, Progress progress) {
    return ReportPdf.write(document(data, version), out, progress);
  }

  /** The protokoll as the bytes of a PDF, e.g. a justerat or corrected version to keep exactly as made. */
  public static byte[] bytes(ProtokollData data, Version version) {
    return ReportPdf.bytes(document(data, version));
  }

  /** What every page of a protokoll and a protokollsutdrag carries for the justerare to initial. */
  static final String JUSTERANDES_SIGNATUR = "Justerandes signatur: ..................  ..................";

  private static ReportDocument document(ProtokollData data, Version version) {
    ProtokollData printed = version == Version.OFFENTLIG ? data.offentligVersion() : data;
    return new ReportDocument(printed.titel(), printed.organ(), runningHeader(printed), printed.skapad(),
        ProtokollBlocks.of(printed), printed.minnesanteckningar() ? "" : JUSTERANDES_SIGNATUR);
  }

  /**
   * Writes the protokollsutdrag of § {@code paragraf}: the § as in the protokoll (the public rules for
   * {@link Version#OFFENTLIG}) with the utdragsbestyrkande dated {@code bestyrkt} and the överklagandehänvisning.
   *
   * @throws IllegalArgumentException when the protokoll has no such §
   */
  public static ExportResult utdrag(ProtokollData data, String paragraf, Version version, String bestyrkt, Path out,
      Progress progress) {
    return ReportPdf.write(utdragDocument(data, paragraf, version, bestyrkt), out, progress);
  }

  /** The protokollsutdrag as the bytes of a PDF. */
  public static byte[] utdragBytes(ProtokollData data, String paragraf, Version version, String bestyrkt) {
    return ReportPdf.bytes(utdragDocument(data, paragraf, version, bestyrkt));
  }

  private static ReportDocument utdragDocument(ProtokollData data, String paragraf, Version version, String bestyrkt) {
    ProtokollData printed = (version == Version.OFFENTLIG ? data.offentligVersion() : data).utdrag(paragraf);
    String titel = "Protokollsutdrag " + printed.organ() + " " + printed.datum() + " § " + paragraf
        + (printed.offentlig() ? " (offentlig version)" : "");
    return new ReportDocument(titel, printed.organ(), printed.organ() + " " + printed.datum() + " · Protokollsutdrag § "
        + paragraf + (printed.justerat() ? "" : " (utkast)") + (printed.offentlig() ? " (offentlig version)" : ""),
        printed.skapad(), ProtokollBlocks.utdrag(printed, bestyrkt), JUSTERANDES_SIGNATUR);
  }

  /** The § numbers of the protokoll, in order ("78", "79", …): what a protokollsutdrag can be made of. */
  public static java.util.List<String> paragrafer(ProtokollData data) {
    return data.punkter().stream().map(ProtokollParagraf::nummer).filter(n -> !n.isBlank()).toList();
  }

  static String runningHeader(ProtokollData d) {
    if (d.minnesanteckningar()) {
      return d.organ() + " " + d.datum() + " · Minnesanteckningar" + (d.offentlig() ? " (offentlig version)" : "");
    }
    return d.organ() + " " + d.datum() + " · Protokoll" + (d.justerat() ? "" : " (utkast)")
        + (d.rattat() ? " (rättat)" : "") + (d.offentlig() ? " (offentlig version)" : "");
  }
}
