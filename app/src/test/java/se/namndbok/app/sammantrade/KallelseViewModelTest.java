package se.namndbok.app.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.sekretess.Version;

class KallelseViewModelTest {
  private BuilderFixture f;
  private KallelseViewModel vm;
  @TempDir
  Path dir;

  @BeforeEach
  void open() {
    f = new BuilderFixture();
    vm = new KallelseViewModel(f.services, new CurrentThreadTaskExecutor());
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  @Test
  void theFileIsNamedForTheBoardAndTheDate() {
    assertThat(vm.defaultFileName(f.mote, Version.LEDAMOT)).isEqualTo("Kallelse Socialnämnden 2025-11-20.pdf");
    assertThat(vm.defaultFileName(f.mote, Version.OFFENTLIG))
        .isEqualTo("Kallelse Socialnämnden 2025-11-20 offentlig.pdf");
  }

  @Test
  void theKallelseIsWrittenWithProgressAndTheAttachmentsWarning() throws Exception {
    var builder = new MotesbyggareViewModel(f.services, new CurrentThreadTaskExecutor());
    builder.sammantradeProperty().set(f.mote);
    builder.addArende(f.arende("2025/1130"));
    builder.attach(builder.punkter().getFirst(), "Utredning.pdf", BuilderFixture.pdf());
    Path out = dir.resolve(vm.defaultFileName(f.mote, Version.LEDAMOT));
    List<ExportResult> done = new ArrayList<>();

    var task = vm.export(f.mote, Version.LEDAMOT, out, done::add);

    assertThat(done).singleElement().satisfies(r -> {
      assertThat(r.pages()).isGreaterThan(1);
      assertThat(r.warnings()).anyMatch(w -> w.contains("Utredning.pdf"));
    });
    assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes());
    assertThat(task.progressProperty().get()).isEqualTo(1.0);
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.runningProperty().get()).isFalse();
  }

  @Test
  void anUtskottsMeetingOnTheBoardsDayGetsItsOwnKallelseNamedForTheUtskott() throws Exception {
    var au = f.services.namnder().addUtskott("Arbetsutskottet", se.namndbok.core.namnd.UtskottTyp.ARBETSUTSKOTT);
    var auMote = f.services.sammantraden().create(new se.namndbok.core.sammantrade.NyttSammantrade(au.id(),
        f.mote.datum(), java.time.LocalTime.of(9, 0), "Rum 3"));
    var builder = new MotesbyggareViewModel(f.services, new CurrentThreadTaskExecutor());
    builder.sammantradeProperty().set(f.mote);
    builder.addArende(f.arende("2025/1130"));
    builder.sammantradeProperty().set(auMote);
    builder.addArende(f.arende("2025/1184"));
    String name = vm.defaultFileName(auMote, Version.LEDAMOT);
    assertThat(name).isEqualTo("Kallelse Arbetsutskottet 2025-11-20.pdf");
    Path out = dir.resolve(name);
    List<ExportResult> done = new ArrayList<>();

    vm.export(auMote, Version.LEDAMOT, out, done::add);

    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(done).hasSize(1);
    String text;
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
    }
    assertThat(text).contains("Arbetsutskottet", "Månadsrapport september 2025", "kl. 09:00").doesNotContain("Statsbidrag");
  }
}
