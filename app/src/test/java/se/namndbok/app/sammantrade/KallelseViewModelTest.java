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
}
