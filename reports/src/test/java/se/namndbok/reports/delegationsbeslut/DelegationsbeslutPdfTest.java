package se.namndbok.reports.delegationsbeslut;

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

class DelegationsbeslutPdfTest {
  @TempDir Path dir;

  static DelegationsbeslutRedovisning redovisning(int copies) {
    List<DelegationsbeslutRad> rader = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      rader.addAll(ReferensRader.delegationsbeslut());
    }
    return new DelegationsbeslutRedovisning("Luleå kommun", "Socialnämnden", "2025-10-23", rader,
        List.of("Förhöjt arvode till familjehem, inget att rapportera"), TestPdfs.CREATED);
  }

  @Test
  void groupsByDelegatAndRepeatsTheTableHeaderOnEveryPage() throws Exception {
    Path out = dir.resolve("delegationsbeslut.pdf");
    ExportResult result = AnmalanPdf.write(redovisning(1), Version.LEDAMOT, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    assertThat(pages).hasSize(result.pages()).hasSizeGreaterThan(1);
    pages.forEach(page -> assertThat(page).contains("Beslutsdatum").contains("Redovisning av delegationsbeslut"));
    String all = String.join("\n", pages);
    assertThat(all.indexOf("Socialnämndens enskilda utskott")).isLessThan(all.indexOf("Verksamhetschef/avdelningschef"));
    assertThat(all.indexOf("Verksamhetschef/avdelningschef")).isLessThan(all.indexOf("MAS/MAR/SAS"));
    assertThat(all).contains("Änr 2025/1159 (Hid: 2025.2864)", "2025-10-13", "Övriga beslut", "HEMLIGTBESLUT");
  }

  @Test
  void aBeslutWithoutHidPrintsItsArendenrAloneNotAnEmptyHid() throws Exception {
    Path out = dir.resolve("utan-hid.pdf");
    var rader = List.of(new DelegationsbeslutRad("MAS/MAR/SAS", "2025/1130", "", "Beslut om avvikelse",
        "2025-11-05", false), new DelegationsbeslutRad("MAS/MAR/SAS", "", "", "Beslut utan ärende", "2025-11-06",
        false));
    AnmalanPdf.write(new DelegationsbeslutRedovisning("Luleå kommun", "Socialnämnden", "2025-11-20", rader, List.of(),
        TestPdfs.CREATED), Version.LEDAMOT, out, Progress.NONE);
    String all = String.join("\n", PdfPages.text(out));
    assertThat(all).contains("Änr 2025/1130\nBeslut om avvikelse").doesNotContain("Hid").doesNotContain("Änr \n")
        .contains("Beslut utan ärende");
  }

  @Test
  void publicVersionListsConfidentialBeslutWithoutRubrik() throws Exception {
    Path out = dir.resolve("offentlig.pdf");
    AnmalanPdf.write(redovisning(1), Version.OFFENTLIG, out, Progress.NONE);
    String all = String.join("\n", PdfPages.text(out)).replace("\n", " ");
    assertThat(all).doesNotContain("HEMLIGT").contains("Änr 2024/1479 (Hid: 2025.2717)").contains(se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST.rad());
  }

  @Test
  void printsEachDecisionsPointLagrumAndWhoDecidedAndThePeriod() throws Exception {
    var rader = List.of(new DelegationsbeslutRad("MAS/MAR/SAS", "2025/809", "2025.2640",
        "Lex Sarah – bedömning av allvarlighetsgrad", "2025-09-17", null, "6.1", "14 kap. 6 § SoL, 24 b § LSS",
        "Eva Holmström"), new DelegationsbeslutRad("Socialnämndens enskilda utskott", "2024/1479", "2025.2717",
        "HEMLIGTBESLUT", "2025-09-24", se.namndbok.reports.sekretess.Sekretessgrund.SOCIALTJANST, "1.2",
        "6 kap. 37 § KL", ""));
    var data = new DelegationsbeslutRedovisning("Luleå kommun", "Socialnämnden", "2025-10-23", rader, List.of(),
        TestPdfs.CREATED, "2025-09-17\u20132025-09-24");
    for (Version version : Version.values()) {
      Path out = dir.resolve(version + ".pdf");
      AnmalanPdf.write(data, version, out, Progress.NONE);
      String all = String.join("\n", PdfPages.text(out)).replace('\u00a0', ' ').replace('\n', ' ');
      assertThat(all).as(version.toString()).contains("Beslutsperiod 2025-09-17–2025-09-24", "Punkt, lagrum",
          "Beslutsdatum",
          "6.1", "14 kap. 6 § SoL, 24 b § LSS", "Beslutsfattare: Eva Holmström, MAS/MAR/SAS", "1.2", "6 kap. 37 § KL");
    }
  }

  @Test
  void ovrigaBeslutPrintsOneMarkerPerListEntry() throws Exception {
    var data = new DelegationsbeslutRedovisning("Luleå kommun", "Socialnämnden", "2025-10-23", List.of(),
        DelegationsbeslutMapper.ovrigaBeslut("Inga avslagsbeslut för september 2025\n\n"
            + "- Personalärenden/anställningar, september 2025 (bilaga 2)\n* Fullmakt, nr 33–40 2025 (bilaga 5)"),
        TestPdfs.CREATED);
    Path out = dir.resolve("ovriga.pdf");
    AnmalanPdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    List<String> lines = List.of(String.join("\n", PdfPages.text(out)).split("\n"));
    assertThat(lines).filteredOn(l -> l.contains("Personalärenden") || l.contains("Fullmakt"))
        .hasSize(2).allSatisfy(l -> assertThat(l.strip()).startsWith("•").doesNotContain("• •", "•-", "• -", "• *")
            .doesNotStartWith("- ").doesNotStartWith("* "));
    assertThat(lines).noneMatch(l -> l.strip().startsWith("-") || l.strip().startsWith("*"));
  }

  /**
   * "Övriga beslut" stays on one page when it fits on one, however many decisions come before it: after the demo's
   * its list began the next page alone, under no heading. Every count of decisions up to two pages' worth.
   */
  @Test
  void ovrigaBeslutIsKeptOnOnePageWithItsHeading() throws Exception {
    List<String> ovriga = DelegationsbeslutMapper.ovrigaBeslut("""
        Antal avslagsbeslut för personer över 85 år gällande särskilt boende: September 2025

        Inga avslagsbeslut för september 2025

        - Personalärenden/anställningar, september 2025 (bilaga 2)
        - Delegationsbeslut från Combine, september 2025 (bilaga 3)
        - Förhöjt arvode till familjehem, inget att rapportera
        - Fullmakt, nr 33–40 2025 (bilaga 5)""");
    DelegationsbeslutRad rad = ReferensRader.delegationsbeslut().getFirst();
    for (int count = 1; count <= 30; count++) {
      var data = new DelegationsbeslutRedovisning("Luleå kommun", "Socialnämnden", "2025-10-23",
          java.util.Collections.nCopies(count, rad), ovriga, TestPdfs.CREATED);
      Path out = dir.resolve("ovriga-" + count + ".pdf");
      AnmalanPdf.write(data, Version.LEDAMOT, out, Progress.NONE);

      List<String> pages = PdfPages.text(out);
      String withHeading = pages.stream().filter(p -> p.contains("Övriga beslut")).findFirst().orElseThrow();
      assertThat(withHeading).as("after %d decisions", count)
          .contains("Antal avslagsbeslut", "Personalärenden", "Fullmakt, nr 33–40 2025 (bilaga 5)");
    }
  }

  @Test
  void validatesAsPdfA2bAndPdfUa1() throws Exception {
    Path out = dir.resolve("vera.pdf");
    AnmalanPdf.write(redovisning(2), Version.LEDAMOT, out, Progress.NONE);
    byte[] pdf = Files.readAllBytes(out);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }
}
