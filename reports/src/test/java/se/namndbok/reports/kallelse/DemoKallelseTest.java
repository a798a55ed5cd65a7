package se.namndbok.reports.kallelse;

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
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.Glyphs;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

/** The kallelse of 2025-10-23 on the demo board, read through core's read model and the mapper. */
class DemoKallelseTest {
  static TestStore store;
  static KallelseData data;

  @TempDir Path dir;

  @BeforeAll
  static void loadDemoBoard() {
    store = TestStore.create();
    store.core().demo().load(se.namndbok.reports.demo.DemoBilagaPdf::of);
    KallelseService kallelser = store.core().kallelse();
    data = KallelseMapper.from(kallelser.underlag(LocalDate.of(2025, 10, 23)),
        kallelser::fil, TestPdfs.CREATED);
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void mapsTheReferenceMeeting() {
    assertThat(data.titel()).isEqualTo("Kallelse Socialnämnden 2025-10-23");
    assertThat(data.tid()).isEqualTo("torsdag 23 oktober 2025 kl. 08:15");
    assertThat(data.punkter()).hasSizeGreaterThanOrEqualTo(19);
    Arendepunkt forsta = data.punkter().getFirst();
    assertThat(forsta.punkt()).isEqualTo("1");
    assertThat(forsta.arendenrMedKlassificering()).isEqualTo("2025/31-3.9.0.2");
    assertThat(forsta.forslagRubrik()).isEqualTo("Socialförvaltningens förslag till beslut");
    assertThat(data.punkter()).anySatisfy(p -> assertThat(p.meddelanden()).isNotEmpty());
    assertThat(data.punkter()).anySatisfy(p -> assertThat(p.delegationsbeslut()).isNotEmpty());
    assertThat(data.punkter()).anySatisfy(p -> assertThat(p.sekretess()).isTrue());
    assertThat(data.ledamoter()).anySatisfy(l -> assertThat(l.roll()).isEqualTo("Ordförande"));
  }

  @Test
  void firstPageHoldsEveryMemberInOneTableAndTheContentsStartsOnPageTwo() throws Exception {
    Path out = dir.resolve("forsta.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);

    assertThat(data.ledamoter()).hasSizeGreaterThanOrEqualTo(22);
    for (Ledamot ledamot : data.ledamoter()) {
      assertThat(pages.getFirst()).as("page 1").contains(ledamot.namn());
    }
    assertThat(pages.getFirst()).contains("Ledamöter och ersättare", "Upprop", "Val av justerare")
        .containsOnlyOnce("Ersättare");
    List<String> page2 = pages.get(1).lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("Socialnämnden 2025-10-23 · ") && !l.startsWith("Sida "))
        .toList();
    assertThat(page2.getFirst()).as("page 2 without running header and footer").isEqualTo("Innehållsförteckning");
  }

  @Test
  void theKallelsesPageStampNeverOverlapsTheAttachmentsOwnText() throws Exception {
    Path out = dir.resolve("stamp.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    List<List<Glyphs.Glyph>> pages = Glyphs.pages(Files.readAllBytes(out));

    int stamped = 0;
    for (int page = 0; page < pages.size(); page++) {
      List<Glyphs.Glyph> stamp = pages.get(page).stream().filter(g -> g.size() < 7.5f).toList();
      List<Glyphs.Glyph> own = pages.get(page).stream().filter(g -> g.size() >= 7.5f).toList();
      stamped += stamp.isEmpty() ? 0 : 1;
      for (Glyphs.Glyph s : stamp) {
        for (Glyphs.Glyph o : own) {
          assertThat(s.overlaps(o)).as("page %d: stamp '%s' over '%s'", page + 1, s.text(), o.text()).isFalse();
        }
      }
    }
    assertThat(stamped).as("attachment pages with the stamp").isGreaterThanOrEqualTo(30);
  }

  @Test
  void memberAndPublicVersionAreTrueToTheirContentsAndValidate() throws Exception {
    for (Version version : Version.values()) {
      Path out = dir.resolve(version + ".pdf");
      ExportResult result = KallelsePdf.write(data, version, out, Progress.NONE);
      KallelseData printed = version == Version.OFFENTLIG ? Offentliggorande.apply(data) : data;
      KallelsePdfTest.assertContentsTrue(printed, out);
      assertThat(result.pdfA()).isTrue();
      byte[] pdf = Files.readAllBytes(out);
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as(version + " PDF/A-2b").isEmpty();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(version + " PDF/UA-1").isEmpty();
    }
  }

  @Test
  void publicVersionPrintsNothingOfConfidentialItemsBeyondPunktRubrikAndArendenr() throws Exception {
    Path out = dir.resolve("offentlig.pdf");
    KallelsePdf.write(data, Version.OFFENTLIG, out, Progress.NONE);
    List<String> pages = PdfPages.text(out);
    se.namndbok.reports.testing.Contents contents = se.namndbok.reports.testing.Contents.read(out, 1, 3);
    List<Arendepunkt> hemliga = data.punkter().stream().filter(Arendepunkt::sekretess).toList();
    assertThat(hemliga).isNotEmpty();
    for (Arendepunkt p : hemliga) {
      var range = contents.range(p.punkt(), p.arendenr());
      assertThat(range.last()).isEqualTo(range.first());
      String rest = pages.get(range.first() - 1).replace("\n", " ").replaceAll(" +", " ")
          .replace("Punkt " + p.punkt(), "").replace(p.rubrik(), "")
          .replace("Ärendenr " + p.arendenrMedKlassificering(), "")
          .replace(se.namndbok.reports.sekretess.Sekretess.ARENDE, "")
          .replace("Socialnämnden 2025-10-23 · Kallelse (offentlig version)", "")
          .replace("Sida " + range.first() + " av " + pages.size(), "");
      assertThat(rest.strip()).as("punkt %s page %d", p.punkt(), range.first()).isEmpty();
    }
  }
}
