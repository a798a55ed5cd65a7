package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.testing.TestStore;

/** The CSV for Excel: BOM, semicolons, the reference's tables with computed totals. */
class KvartalsrapportCsvTest {
  private static TestStore store;
  private static KvartalsrapportService service;

  @BeforeAll
  static void load() {
    store = TestStore.create();
    store.core().demo().loadStatistik();
    service = store.core().kvartalsrapporter();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String csv(Lag lag) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KvartalsrapportCsv.write(service.rapport(lag, Kvartal.parse("2025Q2")), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void solTableIsLaidOutLikeTheReferenceWithComputedTotals() {
    String csv = csv(Lag.SOL);

    assertThat(csv).startsWith("\uFEFFEj verkställda gynnande beslut enligt SoL, kvartal 2 2025 "
        + "(rapporteringsdatum 2025-06-30)\r\n");
    assertThat(csv).contains("Verksamhet och insats;Kvinnor;Män;Summa total\r\nSärskilt boende, ÄO;31;17;48\r\n"
        + "Korttidsboende, ÄO;0;0;0\r\nDagverksamhet/sysselsättning, ÄO;1;5;6\r\nKontaktperson, ÄO;7;1;8\r\n"
        + "Total ÄO;39;23;62\r\n");
    assertThat(csv).contains("Behandlingshem, IFO;0;0;0\r\nTotal IFO;5;12;17\r\nTotalt samtliga verksamheter;44;38;82\r\n");
  }

  @Test
  void statusAndComparisonFollowTheTable() {
    String csv = csv(Lag.SOL);

    assertThat(csv).contains("Särskilt boende, ÄO;48\r\nverkställda;10\r\navslutade: den enskilde har avlidit;1\r\n"
        + "ej verkställda: den enskilde har tackat nej till erbjudande;20\r\n");
    assertThat(csv).contains("Insats;2024-12-31 (fastställd);2025-03-31 (fastställd);2025-06-30\r\n"
        + "Särskilt boende, ÄO;35;41;48\r\n");
    assertThat(csv).contains("Total OF;10;8;3\r\n");
    assertThat(csv).contains("Bostad, IFO;21;11;12\r\n");
    assertThat(csv).contains("Totalt samtliga verksamheter;95;86;82\r\n");
  }

  @Test
  void lssUsesTheLssHeadingAndTotal() {
    String csv = csv(Lag.LSS);

    assertThat(csv).contains("Typ av insats enligt 9 § p. 1–10 LSS;Kvinnor;Män;Summa total\r\n"
        + "9.1 Rådgivning eller annat personligt stöd;0;0;0\r\n9.2 Biträde av personlig assistans;1;0;1\r\n");
    assertThat(csv).contains("Summa total;16;35;51\r\n");
    assertThat(csv).contains("Summa total;71;55;51\r\n");
  }
}
