package se.namndbok.reports.kallelse;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.namndbok.reports.layout.ExportException;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.layout.ReportDocument;
import se.namndbok.reports.layout.ReportPdf;
import se.namndbok.reports.sekretess.Version;

/** Writes the kallelse of a sammanträde as PDF: the members' copy or the public copy. */
public final class KallelsePdf {
  private KallelsePdf() {}

  /**
   * Writes {@code data} to {@code out} (via a temporary file in the same folder; nothing is left on failure).
   * For {@link Version#OFFENTLIG} the data is first reduced by {@link Offentliggorande#apply}.
   *
   * @throws ExportException with a Swedish message, e.g. naming an attachment that cannot be merged
   */
  public static ExportResult write(KallelseData data, Version version, Path out, Progress progress) {
    ExportResult written = ReportPdf.write(document(data, version), out, progress);
    return data.ledamoter().isEmpty() ? written.withWarning(utanLedamoter(data)) : written;
  }

  /**
   * Said when no one holds a seat on the meeting's day: the first page then lists no ordförande, ledamöter or
   * ersättare, which is never what a board sends (typically the uppdrag end before a new term's first meeting).
   */
  static String utanLedamoter(KallelseData data) {
    return "Ingen har ett uppdrag i " + data.namnd() + " den " + data.datum() + ", så kallelsen saknar ordförande, "
        + "ledamöter och ersättare. Ge dem uppdrag som gäller den dagen under Inställningar → Ledamöter och ersättare.";
  }

  /** The kallelse as the bytes of a PDF, e.g. the version sent, kept exactly as made. */
  public static byte[] bytes(KallelseData data, Version version) {
    return ReportPdf.bytes(document(data, version));
  }

  private static ReportDocument document(KallelseData data, Version version) {
    KallelseData printed = version == Version.OFFENTLIG ? Offentliggorande.apply(data) : data;
    verifyChecksums(printed);
    return new ReportDocument(printed.titel(), printed.namnd(),
        printed.namnd() + " " + printed.datum() + " · Kallelse" + (printed.offentlig() ? " (offentlig version)" : ""),
        printed.skapad(), KallelseBlocks.of(printed));
  }

  private static void verifyChecksums(KallelseData data) {
    for (Arendepunkt punkt : data.punkter()) {
      for (Bilaga bilaga : punkt.bilagor()) {
        if (bilaga.sha256() != null && !bilaga.sha256().equalsIgnoreCase(sha256(bilaga.pdf()))) {
          throw new ExportException("Bilagan " + bilaga.filnamn() + " till punkt " + punkt.punkt()
              + " stämmer inte med sin lagrade kontrollsumma (sha256) och slås inte ihop.");
        }
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
