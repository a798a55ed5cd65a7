package se.namndbok.app.delegationsbeslut;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.CoreWiring;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.sekretess.Version;

/**
 * "Skapa redovisning" in the Delegationsbeslut and Meddelanden areas: both separate reports are made from the
 * window's view models, the delegationsbeslut one with the delegationsordning's points, lagrum, who decided and
 * the period.
 */
class RedovisningViewModelTest {
  private static TestStore store;
  private static AppServices services;
  @TempDir
  Path dir;

  @BeforeAll
  static void demo() {
    store = TestStore.create(CoreWiring.renderers());
    store.loadDemo();
    services = new AppServices(store.core());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theDelegationsbeslutReportIsMadeFromTheWindowWithPointsLagrumDelegatAndPeriod() throws Exception {
    var mote = services.sammantraden().requireNamndens(LocalDate.of(2025, 10, 23));
    Path out = dir.resolve("delegationsbeslut.pdf");
    List<ExportResult> done = new ArrayList<>();
    new RedovisningViewModel(services, new CurrentThreadTaskExecutor()).export(mote, Version.OFFENTLIG, out, done::add);

    assertThat(done).hasSize(1);
    assertThat(text(out)).contains("Redovisning av delegationsbeslut", "Beslutsperiod 2025-09-17–2025-10-13",
        "Punkt, lagrum", "6.1", "14 kap. 6 § SoL,", "24 b § LSS", "Beslutsfattare: Eva Holmström, MAS/MAR/SAS",
        "4.2", "6 § LVU");
  }

  @Test
  void theMeddelandenReportIsMadeFromTheWindowToo() throws Exception {
    var mote = services.sammantraden().requireNamndens(LocalDate.of(2025, 10, 23));
    Path out = dir.resolve("meddelanden.pdf");
    List<ExportResult> done = new ArrayList<>();
    new se.namndbok.app.meddelande.RedovisningViewModel(services, new CurrentThreadTaskExecutor())
        .export(mote, Version.LEDAMOT, out, done::add);

    assertThat(done).hasSize(1);
    assertThat(text(out)).contains("Redovisning av meddelanden", "Hjälpmedelsnämnden");
  }
}
