package se.namndbok.reports.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Avvikelse;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

class KvartalsrapportPdfTest {
  /** A law reference no code contains: the renderer must print the nämnd's setting. */
  private static final String NY_SOL = "11 kap. 9–11 §§ socialtjänstlagen (2025:400)";
  private static final Namnd NAMND = new Namnd(1, "Socialnämnden", "Luleå kommun", "Socialförvaltningen", NY_SOL,
      NamndService.LAGRUM_LSS, LocalDateTime.of(2025, 1, 1, 8, 0), 0);
  private static TestStore store;
  private static Kvartalsrapport sol;
  private static Kvartalsrapport lss;

  @TempDir
  Path dir;

  @BeforeAll
  static void demoReports() {
    store = TestStore.create();
    store.core().demo().loadStatistik();
    KvartalsrapportService service = store.core().kvartalsrapporter();
    sol = service.rapport(Lag.SOL, Kvartal.parse("2025Q2"));
    lss = service.rapport(Lag.LSS, Kvartal.parse("2025Q2"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private byte[] pdf(Kvartalsrapport r, String arendenr) throws Exception {
    Path file = dir.resolve(r.lag() + ".pdf");
    KvartalsrapportPdf.write(Tjansteskrivelse.of(NAMND, arendenr, r, TestPdfs.CREATED), file, Progress.NONE);
    Files.createDirectories(Path.of("target", "statistik"));
    Files.copy(file, Path.of("target", "statistik", file.getFileName().toString()),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return Files.readAllBytes(file);
  }

  private static String text(byte[] pdf) throws Exception {
    return String.join(" ", PdfPages.text(pdf)).replaceAll("\\s+", " ");
  }

  @Test
  void solTjansteskrivelseIsPdfA2bAndTaggedForPdfUa() throws Exception {
    byte[] pdf = pdf(sol, "2025/1064-3.9.5.2");
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void lssTjansteskrivelseIsPdfA2bAndTaggedForPdfUa() throws Exception {
    byte[] pdf = pdf(lss, "");
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void solReadsLikeParagraph73WithComputedTotals() throws Exception {
    String text = text(pdf(sol, "2025/1064-3.9.5.2"));
    assertThat(text).contains(
        "Statistikrapport avseende ej verkställda gynnande beslut enligt socialtjänstlagen (SoL) kvartal två",
        "Ärendenr 2025/1064-3.9.5.2",
        "Socialförvaltningens förslag till beslut",
        "Socialnämnden beslutar att överlämna redovisad statistikrapport till kommunfullmäktige.",
        "Sammanfattning av ärendet",
        "Enligt " + NY_SOL + " ska socialnämnden",
        "andra kvartalet 2025",
        "Särskilt boende, ÄO 31 17 48",
        "Korttidsboende, ÄO - - -",
        "Total ÄO 39 23 62",
        "Totalt samtliga verksamheter * * 82", // OF is the only area hiding cells (decision 0119)
        "Socialnämnden rapporterar 82 gynnande beslut",
        "Särskilt boende (ÄO) har 48 ej verkställda gynnande beslut inom perioden. Av dessa är vid",
        "10 beslut verkställda",
        "Jämförelse med de två föregående kvartalsrapporterna",
        "Totalt samtliga verksamheter 95 86 82",
        "(fastställd)");
    assertThat(text).doesNotContain(NamndService.LAGRUM_SOL);
  }

  @Test
  void lssReadsLikeParagraph74WithoutAnArendenrWhenNoneIsGiven() throws Exception {
    String text = text(pdf(lss, " "));
    assertThat(text).contains(
        "enligt lagen om stöd och service till vissa funktionshindrade (LSS) kvartal två 2025",
        "Enligt " + NamndService.LAGRUM_LSS,
        "9.1 Rådgivning eller annat personligt stöd - - -",
        "Summa total 16 35 51",
        "9.2 Biträde av personlig assistans har 1 ej verkställt beslut inom perioden.",
        "Summa total 71 55 51");
    assertThat(text).doesNotContain("Ärendenr");
  }

  @Test
  void aFastställdQuartersOwnColumnIsCalledFastställdNotComputed() throws Exception {
    // as the window exports a fastställd quarter: its own column carries the frozen figures
    List<Kvartalsrapport.Jamforelse> jamforelse = new java.util.ArrayList<>(lss.jamforelse());
    jamforelse.replaceAll(j -> j.kvartal().equals(lss.kvartal())
        ? new Kvartalsrapport.Jamforelse(j.kvartal(), j.perInsats(), j.summa(), true) : j);
    String text = text(pdf(lss.med(jamforelse, lss.avvikelser()), ""));

    assertThat(text).contains("2025-06-30 (fastställd)",
        "Siffrorna för 2025-06-30 är de som nämnden fastställde för kvartalet.");
    assertThat(text).doesNotContain("Siffrorna för 2025-06-30 är beräknade");
  }

  /**
   * A difference against the fastställd report is printed with how women and men differ, also when only they do
   * (a kön corrected went unseen); the document is public, so no kön figure is printed when any of them counts one
   * or two persons (0119).
   */
  @Test
  void aDifferencePrintsItsSplitButNoKonFigureOfOneOrTwo() {
    Kvartal q = sol.kvartal();
    assertThat(StatistikBlocks.avvikelse(sol, new Avvikelse(q, "AO-SABO", new Antal(31, 17), new Antal(30, 18))))
        .isEqualTo("2025Q2, Särskilt boende, ÄO: fastställt 31 kvinnor och 17 män, enligt dagens uppgifter 30 kvinnor "
            + "och 18 män");
    assertThat(StatistikBlocks.avvikelse(sol, new Avvikelse(q, "AO-SABO", new Antal(31, 17), new Antal(30, 17))))
        .isEqualTo("2025Q2, Särskilt boende, ÄO: fastställt 48 (31 kvinnor och 17 män), enligt dagens uppgifter 47 "
            + "(30 kvinnor och 17 män)");
    assertThat(StatistikBlocks.avvikelse(sol, new Avvikelse(q, "AO-KP", new Antal(2, 3), new Antal(1, 4))))
        .isEqualTo("2025Q2, Kontaktperson, ÄO: fördelningen mellan kvinnor och män har ändrats (5 beslut; antalet "
            + "per kön visas inte när det är färre än tre)");
    assertThat(StatistikBlocks.avvikelse(sol, new Avvikelse(q, "AO-KP", new Antal(3, 1), new Antal(3, 0))))
        .isEqualTo("2025Q2, Kontaktperson, ÄO: fastställt 4, enligt dagens uppgifter 3");
  }

  @Test
  void aComputedQuarterIsStillSaidToBeComputed() throws Exception {
    assertThat(text(pdf(lss, ""))).contains("Siffrorna för 2025-06-30 är beräknade ur de enskilda besluten.");
  }

  @Test
  void aFullTjansteskrivelseHasDateArendeHandlaggareDialogUnderlagAndReceivers() throws Exception {
    var uppgifter = new se.namndbok.core.ejverkstallda.Tjansteskrivelseuppgifter("2025/1064-3.9.5.2",
        "Maria Lundgren", "Dialoger genomförda med berörda rapportörer.",
        List.of("Tjänsteskrivelse 2025-09-30", "Statistikrapport kvartal 2 2025, SoL"),
        List.of("Kommunfullmäktige", "Socialförvaltningens ledningsgrupp"));
    Path file = dir.resolve("full.pdf");
    KvartalsrapportPdf.write(Tjansteskrivelse.of(NAMND, uppgifter, null, sol, TestPdfs.CREATED), file, Progress.NONE);
    Files.copy(file, Path.of("target", "statistik", "full.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String text = text(Files.readAllBytes(file));

    assertThat(text).contains("Datum " + TestPdfs.CREATED.toLocalDate(), "Ärendenr 2025/1064-3.9.5.2",
        "Handläggare Maria Lundgren", "Socialförvaltningens förslag till beslut", "Sammanfattning av ärendet",
        "Beskrivning av ärendet", "Dialog Dialoger genomförda med berörda rapportörer.",
        "Beslutsunderlag • Tjänsteskrivelse " + TestPdfs.CREATED.toLocalDate()
            + " • Statistikrapport kvartal 2 2025, SoL",
        "Beslutet skickas till • Kommunfullmäktige • Socialförvaltningens ledningsgrupp");
    assertThat(text).doesNotContain("Tjänsteskrivelse 2025-09-30");
    assertThat(text.indexOf("Beslutsunderlag")).isGreaterThan(text.indexOf("Jämförelse med"));
  }

  @Test
  void smallNumbersPerKonAreHiddenWithTheNoteAndTheTotalsPerInsatsKept() throws Exception {
    String text = text(pdf(lss, ""));
    assertThat(text).contains("9.2 Biträde av personlig assistans * * 1", "9.10 Daglig verksamhet * * 5",
        "9.4 Biträde av kontaktperson 5 13 18", "Summa total 16 35 51",
        "* Färre än tre personer: antalet per kön visas inte");
  }

  @Test
  void theChartIsAFigureWhoseAltTextGivesTheTotals() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf(sol, ""))) {
      List<PDStructureElement> figures = figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids());
      assertThat(figures).hasSize(1);
      assertThat(figures.getFirst().getAlternateDescription())
          .contains("2024-12-31: 95", "2025-03-31: 86", "2025-06-30: 82");
    }
  }

  private static List<PDStructureElement> figures(List<Object> kids) {
    List<PDStructureElement> found = new java.util.ArrayList<>();
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          found.add(e);
        }
        found.addAll(figures(e.getKids()));
      } else if (kid instanceof PDStructureNode n) {
        found.addAll(figures(n.getKids()));
      }
    }
    return found;
  }
}
