package se.namndbok.reports.kallelse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.testing.StortSammantrade;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.demo.DemoBilagaPdf;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.TestPdfs;

/**
 * Writes the demo board's kallelse, the members' and the public version, and the members' version of the
 * benchmark's 60-item meeting ({@link StortSammantrade}, the same seed and share of bilagor) into the folder named by
 * {@code -Dkallelse.filer=DIR}, to compare a change's output page by page with the files made before it
 * ({@code pdftoppm -r 60 -png}, {@code compare -metric AE}, {@code pdftotext}): {@code nice -n 10 mvn -o -pl reports
 * -am verify -Dtest=DemoKallelseFiles -Dsurefire.failIfNoSpecifiedTests=false -Dkallelse.filer=/tmp/fore}.
 */
class DemoKallelseFiles {

  @Test
  @EnabledIfSystemProperty(named = "kallelse.filer", matches = ".+")
  void write() throws Exception {
    Path dir = Files.createDirectories(Path.of(System.getProperty("kallelse.filer")));
    try (TestStore store = TestStore.create()) {
      store.core().demo().load(DemoBilagaPdf::of);
      KallelseService kallelser = store.core().kallelse();
      KallelseData data = KallelseMapper.from(kallelser.underlag(LocalDate.of(2025, 10, 23)), kallelser::fil,
          TestPdfs.CREATED);
      KallelsePdf.write(data, Version.LEDAMOT, dir.resolve("kallelse-demo.pdf"), Progress.NONE);
      KallelsePdf.write(data, Version.OFFENTLIG, dir.resolve("kallelse-demo-offentlig.pdf"), Progress.NONE);
      long stort = new StortSammantrade(store.core()).skapa(LocalDate.of(2026, 2, 12), 60, 20261202L, 0.95).id();
      KallelsePdf.write(KallelseMapper.from(kallelser.underlag(stort), kallelser::fil, TestPdfs.CREATED),
          Version.LEDAMOT, dir.resolve("kallelse-60-punkter.pdf"), Progress.NONE);
    }
  }
}
