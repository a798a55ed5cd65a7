package se.namndbok.reports.meddelanden;

import se.namndbok.reports.anmalan.AnmalanPdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Sekretess;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.ReferensRader;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

class MeddelandenPdfTest {
  @TempDir Path dir;

  static MeddelandenRedovisning redovisning(int copies) {
    List<MeddelandeRad> rader = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      rader.addAll(ReferensRader.meddelanden());
    }
    return new MeddelandenRedovisning("Luleå kommun", "Socialnämnden", "2025-10-23", rader, TestPdfs.CREATED);
  }

  @Test
  void printsAvsandareWithDateAndParagrafAndAmneWithArendenrAndHidRepeatingTheHeader() throws Exception {
    Path out = dir.resolve("meddelanden.pdf");
    ExportResult result = AnmalanPdf.write(redovisning(3), Version.LEDAMOT, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    assertThat(pages).hasSize(result.pages()).hasSizeGreaterThan(1);
    pages.forEach(page -> assertThat(page).contains("Avsändare").contains("Ämne"));
    String all = String.join("\n", pages).replace("\n", " ");
    assertThat(all).contains("Sammanträde Socialnämnden 2025-10-23", "Kommunfullmäktige 2025-09-22 § 168", "Änr 2025/654 (Hid: 2025.2796)",
        "HEMLIGTMEDDELANDE");
  }

  @Test
  void publicVersionListsConfidentialMeddelandenWithoutAmne() throws Exception {
    Path out = dir.resolve("offentlig.pdf");
    AnmalanPdf.write(redovisning(1), Version.OFFENTLIG, out, Progress.NONE);
    String all = String.join("\n", PdfPages.text(out)).replace("\n", " ");
    assertThat(all).doesNotContain("HEMLIGT").contains("Änr 2025/1210 (Hid: 2025.2890)").contains(se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.rad());
  }

  @Test
  void emptyReportSaysThereIsNothingToReport() throws Exception {
    Path out = dir.resolve("tom.pdf");
    AnmalanPdf.write(new MeddelandenRedovisning("Luleå kommun", "Socialnämnden", "2025-10-23", List.of(),
        TestPdfs.CREATED), Version.LEDAMOT, out, Progress.NONE);
    assertThat(PdfPages.text(out).getFirst()).contains("Inga meddelanden att redovisa.");
  }

  @Test
  void validatesAsPdfA2bAndPdfUa1() throws Exception {
    Path out = dir.resolve("vera.pdf");
    AnmalanPdf.write(redovisning(1), Version.OFFENTLIG, out, Progress.NONE);
    byte[] pdf = Files.readAllBytes(out);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }
}
