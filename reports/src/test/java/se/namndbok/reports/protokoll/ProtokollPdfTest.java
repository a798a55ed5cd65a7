package se.namndbok.reports.protokoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

/** The protokoll of the demo board's meeting of 2025-09-25, through core's read model, the mapper and the PDF. */
class ProtokollPdfTest {
  static TestStore store;
  static ProtokollData data;

  @TempDir Path dir;

  @BeforeAll
  static void loadDemoBoard() {
    store = TestStore.create();
    store.loadDemo();
    data = ProtokollMapper.from(store.core().protokoll().underlag(LocalDate.of(2025, 9, 25)),
        TestPdfs.CREATED);
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static String flat(String text) {
    return text.replace("\n", " ").replaceAll(" +", " ");
  }

  @Test
  void mapsAttendanceWithTjanstgorandeErsattareAndTheChair() {
    assertThat(data.titel()).isEqualTo("Protokoll Socialnämnden 2025-09-25");
    assertThat(data.paragrafer()).isEqualTo("§§ 78–86");
    assertThat(data.ordforande()).isEqualTo("Annika Lindqvist (S)");
    assertThat(data.justerare()).containsExactly("Karin Björk (M)");
    assertThat(data.beslutande()).hasSize(12)
        .contains(new Deltagare("Erik Nilsson", "S", "Tjänstgörande ersättare för Mikael Öhman (S)"))
        .contains(new Deltagare("Per Lundberg", "C", "Ledamot, lämnade kl. 10:30, §§ 78–84"))
        .noneMatch(d -> d.namn().equals("Mikael Öhman"));
    assertThat(data.ersattare()).extracting(Deltagare::namn).containsExactly("Camilla Eriksson", "Lars Persson", "Malin Granström");
    assertThat(data.franvarande()).contains(new Deltagare("Stefan Wikström", "SD", "Ersatt av Roger Bergman (SD)"));
    assertThat(data.anslagsdatum()).isEqualTo("2025-10-02");
    assertThat(data.sistaDag()).isEqualTo("2025-10-23");
    assertThat(data.anslagNedtagning()).isEqualTo("2025-10-24");
  }

  @Test
  void thePrintedProtokollShowsParagraphsBeslutJusterareAndAnslag() throws Exception {
    Path out = dir.resolve("protokoll.pdf");
    ProtokollPdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    String first = flat(pages.getFirst());
    assertThat(first).contains("Protokoll").contains("torsdag 25 september 2025 kl. 08:15")
        .contains("Paragrafer §§ 78–86").contains("Beslutande").contains("Tjänstgörande ersättare för Mikael Öhman (S)")
        .contains("Justerandes signatur");
    String all = flat(String.join(" ", pages));
    assertThat(all).contains("Övriga närvarande").contains("Johanna Lindgren, socialdirektör")
        .contains("Justerare Karin Björk (M)")
        .contains("Justeringens tid och plats onsdag 1 oktober 2025, Socialförvaltningen, Stadshuset")
        .contains("Sekreterare §§ 78–86").contains("Sara Holm").contains("Justerare §§ 78–86")
        .contains("Datum då anslaget sätts upp 2025-10-02").contains("Datum då anslaget tas ned 2025-10-24")
        .contains("Förvaringsplats för protokollet Socialförvaltningen");
    for (ProtokollParagraf p : data.punkter()) {
      String page = flat(pages.stream().filter(t -> t.contains("§ " + p.nummer() + "\n")).reduce((a, b) -> b)
          .orElseThrow());
      assertThat(page).contains(p.rubrik()).contains(flat(p.beslut()));
    }
    assertThat(all).contains("Propositionsordning").contains("Ordföranden ställer socialförvaltningens förslag")
        .contains("Ärendenr 2025/1090-3.9.0.1").contains("Beslutet skickas till");
  }

  @Test
  void bothVersionsValidateAsPdfAAndPdfUa() throws Exception {
    for (Version version : Version.values()) {
      Path out = dir.resolve(version + ".pdf");
      ExportResult result = ProtokollPdf.write(data, version, out, Progress.NONE);
      assertThat(result.pdfA()).isTrue();
      assertThat(result.pdfUa()).isTrue();
      byte[] pdf = Files.readAllBytes(out);
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as(version + " PDF/A-2b").isEmpty();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(version + " PDF/UA-1").isEmpty();
    }
  }

  @Test
  void thePublicVersionKeepsOnlyParagraphRubrikAndArendenrOfConfidentialItemsWhoseBeslutIsNotMarkedPublic()
      throws Exception {
    List<ProtokollParagraf> hemliga = data.punkter().stream().filter(ProtokollParagraf::sekretess).toList();
    assertThat(hemliga).hasSize(1);
    assertThat(hemliga.getFirst().behandling().beslutOffentligt()).isTrue();
    ProtokollParagraf p = new ProtokollParagraf(hemliga.getFirst().nummer(), hemliga.getFirst().punkt(),
        hemliga.getFirst().rubrik(), hemliga.getFirst().arendenr(), hemliga.getFirst().sekretessgrund(),
        hemliga.getFirst().sammanfattning(), hemliga.getFirst().beslut(), "", List.of());
    ProtokollData omarkerad = data.medPunkter(data.punkter().stream().map(x -> x.sekretess() ? p : x).toList());
    Path out = dir.resolve("offentlig.pdf");
    ProtokollPdf.write(omarkerad, Version.OFFENTLIG, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    String all = flat(String.join(" ", pages));
    assertThat(all).doesNotContain(flat(p.beslut())).doesNotContain(flat(p.sammanfattning()))
        .contains(ProtokollBlocks.OFFENTLIG_VERSION);
    int index = pages.size() - 2; // the last page is the överklagandehänvisning
    String rest = flat(pages.get(index)).replace(p.rubrikNummer(), "").replace(p.rubrik(), "")
        .replace("Ärendenr " + p.arendenr(), "")
        .replace(se.namndbok.reports.layout.Typografi.printed(p.sekretessgrund().paragraf()), "")
        .replace("Socialnämnden 2025-09-25 · Protokoll (offentlig version)", "")
        .replace("Sida " + (index + 1) + " av " + pages.size(), "")
        .replace(flat(se.namndbok.reports.layout.Typografi.printed(ProtokollPdf.JUSTERANDES_SIGNATUR)), "");
    assertThat(rest.strip()).isEmpty();
    assertThat(all).contains("Socialnämnden beslutar att fastställa sammanträdesplan för 2026");
  }

  @Test
  void aDraftSaysSoAndHasNoAnslag() throws Exception {
    ProtokollData utkast = new ProtokollData(data.kommun(), data.organ(), data.datum(), data.tid(), data.plats(), "",
        data.beslutande(), List.of(), List.of(), List.of(), "Sara Holm", "Annika Lindqvist (S)", List.of(), "", false,
        "", "", "Socialförvaltningen", List.of(new ProtokollParagraf("", 1, "Information", "", false, "", "", "",
            List.of())), false, TestPdfs.CREATED, List.of());
    Path out = dir.resolve("utkast.pdf");
    ProtokollPdf.write(utkast, Version.LEDAMOT, out, Progress.NONE);
    String all = flat(String.join(" ", PdfPages.text(out)));
    assertThat(all).contains(ProtokollBlocks.UTKAST).contains("Punkt 1").contains("Beslut saknas.")
        .contains("Anslag sker när protokollet har justerats.").doesNotContain("Datum då anslaget");
  }
}
