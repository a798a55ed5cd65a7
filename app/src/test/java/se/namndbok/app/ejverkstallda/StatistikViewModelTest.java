package se.namndbok.app.ejverkstallda;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Jamforelse;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Tabell;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.testing.TestStore;

/** The Statistik area without a window: tasks run at once on the test's thread. */
class StatistikViewModelTest {
  @TempDir
  Path dir;
  private TestStore store;
  private StatistikViewModel vm;

  @BeforeEach
  void demoDecisions() {
    store = TestStore.create(CoreWiring.renderers());
    store.core().demo().loadStatistik();
    vm = new StatistikViewModel(store.core(), new CurrentThreadTaskExecutor());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void visa(Lag lag, String kvartal) {
    vm.lagProperty().set(lag);
    vm.kvartalProperty().set(Kvartal.parse(kvartal));
    vm.ladda();
  }

  private Tabell.Rad rad(String etikett) {
    return vm.rader().stream().filter(r -> r.etikett().equals(etikett)).findFirst().orElseThrow();
  }

  @Test
  void offersTheLastTwelveFinishedQuartersNewestFirst() {
    assertThat(vm.kvartalen()).hasSize(12).startsWith(Kvartal.parse("2025Q3"), Kvartal.parse("2025Q2"));
    assertThat(vm.kvartalProperty().get()).isEqualTo(Kvartal.parse("2025Q3"));
  }

  @Test
  void showsTheSolTableWithComputedTotalsTheStatusTextAndTheTrend() {
    visa(Lag.SOL, "2025Q2");

    assertThat(rad("Särskilt boende, ÄO").varden()).containsExactly(31, 17, 48);
    assertThat(rad("Total ÄO").summa()).isTrue();
    assertThat(rad("Totalt samtliga verksamheter").varden()).containsExactly(44, 38, 82);
    assertThat(vm.status()).contains("Särskilt boende (ÄO) har 48 ej verkställda gynnande beslut inom perioden. "
        + "Av dessa är vid rapporteringstillfället:", "• 10 beslut verkställda");
    assertThat(vm.trend()).extracting(Jamforelse::summa).containsExactly(95, 86, 82);
    assertThat(vm.trend()).extracting(Jamforelse::fryst).containsExactly(true, true, false);
    assertThat(vm.faststalldProperty().get()).startsWith("Inte fastställd");
    assertThat(vm.kanFaststallasProperty().get()).isTrue();
  }

  @Test
  void choosingLssRecomputes() {
    visa(Lag.SOL, "2025Q2");
    vm.lagProperty().set(Lag.LSS);

    assertThat(rad("Summa total").varden()).containsExactly(16, 35, 51);
    assertThat(vm.trend()).extracting(Jamforelse::summa).containsExactly(71, 55, 51);
  }

  @Test
  void aFrozenQuarterSaysSoAndCannotBeFrozenAgain() {
    visa(Lag.SOL, "2025Q1");
    assertThat(vm.faststalldProperty().get()).isEqualTo("Fastställd 2025-05-22 av testare (summa 86).");
    assertThat(vm.kanFaststallasProperty().get()).isFalse();
  }

  @Test
  void faststallFreezesTheShownQuarter() {
    visa(Lag.SOL, "2025Q2");
    vm.faststall();

    assertThat(vm.meddelandeProperty().get()).isEqualTo("Rapporten för SoL 2025Q2 är fastställd.");
    assertThat(vm.faststalldProperty().get()).isEqualTo("Fastställd 2025-11-03 av testare (summa 82).");
    assertThat(vm.kanFaststallasProperty().get()).isFalse();
    vm.faststall();
    assertThat(vm.meddelandeProperty().get()).contains("fastställdes redan 2025-11-03");
  }

  @Test
  void aFileWithABadLineIsExplainedAndChangesNothing() throws Exception {
    visa(Lag.SOL, "2025Q2");
    Path file = Files.writeString(dir.resolve("nya.csv"), """
        id;lag;insats;kön;beslutsdatum
        NY-1;SoL;AO-KP;K;2025-01-10
        NY-2;SoL;AO-KP;X;2025-01-10
        """);
    vm.importera(file);

    assertThat(vm.meddelandeProperty().get()).startsWith("Inget lästes in: filen har fel.")
        .contains("nya.csv, rad 3, kolumn kön");
    assertThat(rad("Totalt samtliga verksamheter").varden()).containsExactly(44, 38, 82);
    assertThat(vm.arbetarProperty().get()).isFalse();
  }

  @Test
  void aFileWithManyBadLinesNamesTheFirstFewAndKeepsTheWholeListUntilClosedOrTheNextImport() throws Exception {
    visa(Lag.SOL, "2025Q2");
    StringBuilder text = new StringBuilder("id;lag;insats;kön;beslutsdatum\n");
    for (int i = 1; i <= 60; i++) {
      text.append("NY-").append(i).append(";SoL;AO-KP;K;2025-13-").append(10 + i % 10).append('\n');
    }
    Path file = Files.writeString(dir.resolve("fel.csv"), text);
    vm.importera(file);

    String meddelande = vm.meddelandeProperty().get();
    assertThat(meddelande).startsWith("Inget lästes in: filen har fel.")
        .contains("fel.csv, rad 2, kolumn beslutsdatum: \"2025-13-11\" är inget datum", "fel.csv, rad 4, kolumn beslutsdatum")
        .contains("och 57 fel till").doesNotContain("rad 5,");
    assertThat(meddelande.lines()).hasSizeLessThanOrEqualTo(5);
    assertThat(vm.importFel()).hasSize(60);
    assertThat(vm.importFel().getLast().toString()).startsWith("fel.csv, rad 61, kolumn beslutsdatum: ");

    vm.lagProperty().set(Lag.LSS); // the file is refused whatever law or quarter is shown
    assertThat(vm.meddelandeProperty().get()).isEqualTo(meddelande);
    vm.stangMeddelande();
    assertThat(vm.meddelandeProperty().get()).isEmpty();
    assertThat(vm.importFel()).isEmpty();

    vm.importera(file);
    assertThat(vm.importFel()).hasSize(60);
    vm.importera(Files.writeString(dir.resolve("bra.csv"), "id;lag;insats;kön;beslutsdatum\nNY-1;SoL;AO-KP;K;2025-01-10\n"));
    assertThat(vm.importFel()).isEmpty();
    assertThat(vm.meddelandeProperty().get()).startsWith("bra.csv:");
  }

  @Test
  void aGoodFileIsImportedAndTheTableRecomputed() throws Exception {
    visa(Lag.SOL, "2025Q2");
    Path file = Files.writeString(dir.resolve("nya.csv"), "id;lag;insats;kön;beslutsdatum\nNY-1;SoL;AO-KP;K;2025-01-10\n");
    vm.importera(file);

    assertThat(vm.meddelandeProperty().get()).isEqualTo("nya.csv: 1 rad läst, 1 ny, 0 ändrade.");
    assertThat(rad("Totalt samtliga verksamheter").varden()).containsExactly(45, 38, 83);
  }

  @Test
  void exportsTheShownReportAsATjansteskrivelse() throws Exception {
    store.core().namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    visa(Lag.LSS, "2025Q2");
    Path pdf = dir.resolve("lss.pdf");
    List<Path> written = new java.util.ArrayList<>();
    vm.exportera(StatistikFormat.PDF, pdf, written::add);

    assertThat(vm.meddelandeProperty().get()).isEqualTo("Skrev lss.pdf");
    assertThat(written).containsExactly(pdf);
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    Path csv = dir.resolve("lss.csv");
    vm.exportera(StatistikFormat.CSV, csv, written::add);
    assertThat(Files.readString(csv)).contains("Summa total;16;35;51");
  }

  @Test
  void exportWithoutABoardIsRefusedInSwedish() {
    visa(Lag.SOL, "2025Q2");
    vm.exportera(StatistikFormat.PDF, dir.resolve("x.pdf"), f -> {
      throw new AssertionError("nothing written");
    });
    assertThat(vm.meddelandeProperty().get()).startsWith("Nämnd: det finns ingen nämnd");
    assertThat(List.of(dir.toFile().list())).isEmpty();
  }

  @Test
  void namesTheLastFileReadInAndWarnsWhenItsDataEndBeforeTheQuarter() {
    vm.ladda(); // the last finished quarter, 2025Q3: the demo's extract of 2025-07-03 reaches into it

    assertThat(vm.kvartalProperty().get()).isEqualTo(Kvartal.parse("2025Q3"));
    assertThat(vm.underlagProperty().get()).isEqualTo("Uppgifter till och med 2025-07-03 ur gynnande-beslut.csv "
        + "(344 beslut), inläst 2025-11-03 av testare.");
    assertThat(vm.underlagVarningProperty().get()).startsWith("Den senast inlästa filen har inga uppgifter efter "
        + "2025-07-03, men 2025Q3 slutar 2025-09-30:");

    visa(Lag.SOL, "2025Q2"); // the quarter the extract was taken for
    assertThat(vm.underlagVarningProperty().get()).isEmpty();
    visa(Lag.SOL, "2024Q4"); // fastställd: its figures are no longer counted
    assertThat(vm.underlagVarningProperty().get()).isEmpty();
  }

  @Test
  void dataThatEndBeforeTheLastQuarterBeginsOpenOnTheLastQuarterTheyCoverUntilTheUserChooses() throws Exception {
    vm.importera(Files.writeString(dir.resolve("aprilutdrag.csv"),
        "id;lag;insats;kön;beslutsdatum;verkställighetsdatum\nNY-1;SoL;AO-KP;K;2025-03-10;2025-04-02\n"));
    StatistikViewModel ny = new StatistikViewModel(store.core(), new CurrentThreadTaskExecutor());

    ny.ladda();

    assertThat(ny.kvartalProperty().get()).isEqualTo(Kvartal.parse("2025Q1"));
    assertThat(ny.rapportProperty().get().kvartal()).isEqualTo(Kvartal.parse("2025Q1"));
    assertThat(ny.underlagProperty().get()).isEqualTo("Uppgifter till och med 2025-04-02 ur aprilutdrag.csv (1 beslut), inläst 2025-11-03 av testare.");
    ny.kvartalProperty().set(Kvartal.parse("2025Q3"));
    ny.lagProperty().set(Lag.LSS);
    assertThat(ny.kvartalProperty().get()).isEqualTo(Kvartal.parse("2025Q3"));
    assertThat(ny.rapportProperty().get().kvartal()).isEqualTo(Kvartal.parse("2025Q3"));
    assertThat(ny.underlagVarningProperty().get()).contains("efter 2025-04-02, men 2025Q3 slutar 2025-09-30");
  }

  @Test
  void aFileWithOnlyItsHeaderLeavesTheWarningAndTheFileTheFiguresComeFrom() throws Exception {
    vm.importera(Files.writeString(dir.resolve("tom.csv"), "id;lag;insats;kön;beslutsdatum\n"));
    StatistikViewModel ny = new StatistikViewModel(store.core(), new CurrentThreadTaskExecutor());

    ny.ladda();

    assertThat(ny.kvartalProperty().get()).isEqualTo(Kvartal.parse("2025Q3"));
    assertThat(ny.underlagProperty().get()).startsWith("Uppgifter till och med 2025-07-03 ur gynnande-beslut.csv ");
    assertThat(ny.underlagVarningProperty().get()).startsWith("Den senast inlästa filen har inga uppgifter efter "
        + "2025-07-03, men 2025Q3 slutar 2025-09-30:");
  }

  @Test
  void aRegisterWithoutAnyFileReadInSaysHowToReadOne() {
    store.close();
    store = TestStore.create(CoreWiring.renderers());
    vm = new StatistikViewModel(store.core(), new CurrentThreadTaskExecutor());

    vm.ladda();

    assertThat(vm.underlagProperty().get()).startsWith("Ingen fil med beslut är inläst ännu");
    assertThat(vm.underlagVarningProperty().get()).isEmpty();
    assertThat(vm.kvartalProperty().get()).isEqualTo(Kvartal.parse("2025Q3"));
  }
}
