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
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.Contents;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;
import se.namndbok.reports.testing.VeraPdf;

/** The demo meeting's statistics items print the tables computed from the demo decisions. */
class KallelseStatistikTest {
  static TestStore store;
  static KallelseData data;

  @TempDir Path dir;

  @BeforeAll
  static void demoBoardWithItsDecisions() {
    store = TestStore.create();
    store.core().demo().load(se.namndbok.reports.demo.DemoBilagaPdf::of);
    data = KallelseMapper.from(store.core().kallelse()
        .underlag(LocalDate.of(2025, 10, 23)), store.core().kallelse()::fil, TestPdfs.CREATED);
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static String pages(List<String> pages, Contents.Range range) {
    return String.join(" ", pages.subList(range.first() - 1, range.last())).replaceAll("\\s+", " ");
  }

  @Test
  void item8sPagesShowTheComputedSolTablesAndItem9sTheLssTables() throws Exception {
    Path out = dir.resolve("kallelse.pdf");
    KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
    Files.createDirectories(Path.of("target", "statistik"));
    Files.copy(out, Path.of("target", "statistik", "kallelse.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> pages = PdfPages.text(out);
    Contents contents = Contents.read(out, 1, 3);
    Arendepunkt p8 = data.punkter().stream().filter(p -> p.punkt().equals("8")).findFirst().orElseThrow();
    Arendepunkt p9 = data.punkter().stream().filter(p -> p.punkt().equals("9")).findFirst().orElseThrow();

    String item8 = pages(pages, contents.range(p8.punkt(), p8.arendenr()));
    assertThat(item8).contains("Socialnämnden rapporterar 82 gynnande beslut", "Särskilt boende, ÄO 31 17 48",
        "Totalt samtliga verksamheter * * 82", "Särskilt boende (ÄO) har 48 ej verkställda gynnande beslut",
        "Totalt samtliga verksamheter 95 86 82");
    assertThat(item8).doesNotContain("Summa total 16 35 51");
    String item9 = pages(pages, contents.range(p9.punkt(), p9.arendenr()));
    assertThat(item9).contains("Summa total 16 35 51", "Summa total 71 55 51");
  }

  /**
   * Once the board has fastställt the quarter, the item prints the fastställda figures, marked so, and today's
   * data only as a difference: it printed today's recomputed figures (found by a walk; a fastställd report is
   * "stored as it was sent, never recomputed"). The one-off store keeps the shared demo data as it was.
   */
  @Test
  void aFaststalldQuartersItemPrintsTheFaststalldaFiguresNotTodays() throws Exception {
    try (TestStore own = TestStore.create()) {
      own.core().demo().load(se.namndbok.reports.demo.DemoBilagaPdf::of);
      var q2 = se.namndbok.core.ejverkstallda.Kvartal.parse("2025Q2"); // punkt 8 is SoL 2025Q2
      var sol = se.namndbok.core.ejverkstallda.Lag.SOL;
      own.core().kvartalsrapporter().faststall(sol, q2);
      var rad = own.core().ivoLista().rader(sol, q2).getFirst();
      var b = own.core().beslut().find(rad.referens()).orElseThrow();
      own.core().beslut().update(new se.namndbok.core.ejverkstallda.GynnandeBeslut(b.referens(), b.lag(), b.insats(),
          b.kon(), b.fodelsear(), b.beslutsdatum(), b.avbrottsdatum(), b.beslutsdatum(), b.avslutsdatum(),
          b.avslutsorsak(), b.skal())); // verkställt at once: not in the quarter's report any more
      assertThat(own.core().kvartalsrapporter().rapport(sol, q2).summa().summa()).as("today's data").isEqualTo(81);

      KallelseData fastställd = KallelseMapper.from(own.core().kallelse().underlag(LocalDate.of(2025, 10, 23)),
          own.core().kallelse()::fil, TestPdfs.CREATED);
      Path out = dir.resolve("faststalld.pdf");
      KallelsePdf.write(fastställd, Version.LEDAMOT, out, Progress.NONE);
      List<String> pages = PdfPages.text(out);
      Arendepunkt p8 = fastställd.punkter().stream().filter(p -> p.punkt().equals("8")).findFirst().orElseThrow();
      String item8 = pages(pages, Contents.read(out, 1, 3).range(p8.punkt(), p8.arendenr()));

      assertThat(item8).contains("Socialnämnden rapporterar 82 gynnande beslut", "Totalt samtliga verksamheter * * 82",
          "fastställd");
      assertThat(item8).doesNotContain("rapporterar 81");
    }
  }

  @Test
  void bothVersionsWithTheStatisticsStayPdfAAndPdfUa() throws Exception {
    for (Version version : Version.values()) {
      Path out = dir.resolve(version + ".pdf");
      KallelsePdf.write(data, version, out, Progress.NONE);
      byte[] pdf = Files.readAllBytes(out);
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as(version + " PDF/A-2b").isEmpty();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(version + " PDF/UA-1").isEmpty();
      assertThat(String.join(" ", PdfPages.text(pdf)).replaceAll("\\s+", " "))
          .as(version + ": statistics are aggregated, so the public version keeps them")
          .contains("Totalt samtliga verksamheter * * 82");
    }
  }
}
