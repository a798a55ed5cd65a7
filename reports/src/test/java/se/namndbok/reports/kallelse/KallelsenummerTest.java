package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;

/**
 * A new board's meeting opens with upprop and val av justerare (the standard list): the kallelse names them on its
 * first page and numbers its contents from the first ärende, as the board's own kallelser do; and a meeting on a
 * day no one holds a seat is written, but told.
 */
class KallelsenummerTest {
  @TempDir Path dir;

  @Test
  void theFirstArendeAfterUppropAndJusterareIsPunktOne() throws Exception {
    try (TestStore store = TestStore.create()) {
      BoardFixture f = new BoardFixture(store);
      f.namnd();
      Sammantrade mote = f.mote("2027-01-21", SammantradeStatus.PLANERAT);
      var lista = store.core().arendelista();
      lista.addStandard(mote.id(), List.of(ArendepunktTyp.UPPROP, ArendepunktTyp.JUSTERARE), true);
      lista.add(mote.id(), ArendepunktInnehall.arende(f.arende("2025/901", "Budget 2027").id(), "Budget 2027",
          ForslagAv.FORVALTNINGEN, PunktTexter.INGA));
      lista.add(mote.id(), ArendepunktInnehall.arende(f.arende("2025/902", "Taxor 2027").id(), "Taxor 2027",
          ForslagAv.FORVALTNINGEN, PunktTexter.INGA));
      lista.addStandard(mote.id(), List.of(ArendepunktTyp.MEDDELANDEN, ArendepunktTyp.DELEGATIONSBESLUT), false);
      var kallelser = store.core().kallelse();

      KallelseData data = KallelseMapper.from(kallelser.underlag(mote.id()), kallelser::fil, TestPdfs.CREATED);

      assertThat(data.punkter()).extracting(Arendepunkt::punkt).containsExactly("1", "2", "3", "4");
      assertThat(data.punkter()).extracting(Arendepunkt::rubrik).startsWith("Budget 2027", "Taxor 2027");
      Path out = dir.resolve("kallelse.pdf");
      ExportResult result = KallelsePdf.write(data, Version.LEDAMOT, out, Progress.NONE);
      List<String> pages = PdfPages.text(out);
      assertThat(pages.getFirst()).contains("Upprop").contains("Val av justerare");
      String innehall = pages.get(1).replaceAll("\\s+", " ");
      assertThat(innehall).as("the contents").containsPattern("1 Budget 2027 2025/901 \\d")
          .containsPattern("2 Taxor 2027 2025/902 \\d");

      String alla = String.join(" ", pages).replaceAll("\\s+", " ");
      assertThat(alla).as("the reported lists with nothing to report say so")
          .contains("Inga meddelanden har anmälts till sammanträdet.")
          .contains("Inga delegationsbeslut har anmälts till sammanträdet.");
      assertThat(data.ledamoter()).as("the fixture's board has no one with a seat").isEmpty();
      assertThat(result.warnings()).containsExactly("Ingen har ett uppdrag i " + data.namnd() + " den 2027-01-21, "
          + "så kallelsen saknar ordförande, ledamöter och ersättare. Ge dem uppdrag som gäller den dagen under "
          + "Inställningar → Ledamöter och ersättare.");
    }
  }
}
