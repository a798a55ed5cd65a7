package se.namndbok.app.delegationsbeslut;

import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.MotesVal;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

class DelegationsbeslutViewModelTest {
  private TestStore store;
  private AppServices services;
  private DelegationsbeslutViewModel vm;
  private Sammantrade oktober;
  private Sammantrade november;

  @BeforeEach
  void setUp() {
    store = TestStore.create(CoreWiring.renderers());
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    oktober = f.mote("2025-10-23", SammantradeStatus.GENOMFORT);
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/146", "Digitalt föräldraskapsstöd");
    services = new AppServices(store.core());
    services.delegationsbeslut().registerTill(beslut("MAS/MAR/SAS", "2025-09-10", "Äldre beslut"), oktober.id());
    services.delegationsbeslut().register(beslut("Verksamhetschef/avdelningschef", "2025-10-30", "Avtal"));
    services.delegationsbeslut().register(beslut("MAS/MAR/SAS", "2025-11-01", "Anmälan lex Maria"));
    vm = new DelegationsbeslutViewModel(services, new CurrentThreadTaskExecutor());
    vm.load();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private static NyttDelegationsbeslut beslut(String delegat, String datum, String rubrik) {
    return new NyttDelegationsbeslut("2025/146", null, delegat, null, LocalDate.parse(datum), rubrik, false);
  }

  private List<String> rubriker() {
    return vm.visible().stream().map(Delegationsbeslut::rubrik).sorted().toList();
  }

  @Test
  void listsAllAndShowsWhichMeetingEachIsReportedTo() {
    assertThat(rubriker()).containsExactly("Anmälan lex Maria", "Avtal", "Äldre beslut");
    Delegationsbeslut avtal = vm.visible().stream().filter(b -> b.rubrik().equals("Avtal")).findFirst().orElseThrow();
    assertThat(vm.anmalsTill(avtal)).isEqualTo("2025-11-20 (planerat)");
    assertThat(vm.motesval()).extracting(MotesVal::text)
        .containsExactly("Alla sammanträden", "Ej anmälda", "2025-11-20 (planerat)", "2025-10-23 (genomfört)");
  }

  @Test
  void filtersByMeetingDelegatPeriodAndNotReported() {
    vm.moteProperty().set(vm.motesval().get(2));
    assertThat(rubriker()).containsExactly("Anmälan lex Maria", "Avtal");

    vm.delegatProperty().set(vm.delegatval().stream().filter(d -> d.namn().equals("MAS/MAR/SAS")).findFirst().orElseThrow());
    assertThat(rubriker()).containsExactly("Anmälan lex Maria");

    vm.moteProperty().set(MotesVal.ALLA);
    vm.franProperty().set("2025-09-01");
    vm.tillProperty().set("2025-09-30");
    assertThat(rubriker()).containsExactly("Äldre beslut");

    services.delegationsbeslut().flytta(vm.visible().getFirst().id(), null);
    vm.delegatProperty().set(DelegationsbeslutViewModel.ALLA_DELEGATER);
    vm.franProperty().set("");
    vm.tillProperty().set("");
    vm.moteProperty().set(MotesVal.EJ_ANMALDA);
    assertThat(rubriker()).containsExactly("Äldre beslut");
    assertThat(vm.anmalsTill(vm.visible().getFirst())).isEqualTo("Ej anmäld");
  }

  @Test
  void aListNarrowedByAFilterIsToldApartFromAnEmptyOne() {
    assertThat(vm.urvalProperty().get()).isFalse();

    vm.franProperty().set("2030-01-01");
    assertThat(vm.visible()).isEmpty();
    assertThat(vm.urvalProperty().get()).isTrue();

    vm.franProperty().set("");
    assertThat(vm.urvalProperty().get()).isFalse();
    vm.delegatProperty().set(vm.delegatval().stream().filter(d -> d.namn().equals("MAS/MAR/SAS")).findFirst().orElseThrow());
    assertThat(vm.urvalProperty().get()).isTrue();
    vm.delegatProperty().set(DelegationsbeslutViewModel.ALLA_DELEGATER);
    vm.moteProperty().set(MotesVal.EJ_ANMALDA);
    assertThat(vm.urvalProperty().get()).isTrue();
  }

  @Test
  void aBadPeriodSaysSoInSwedishAndKeepsTheList() {
    vm.franProperty().set("2025-13-01");

    assertThat(vm.periodErrorProperty().get()).contains("Från").contains("är inget datum");
    assertThat(vm.visible()).hasSize(3);
  }

  @Test
  void theTableSortsRubrikTheSwedishWay() {
    vm.sorted().setComparator((a, b) -> se.namndbok.core.shared.Texts.swedishOrder().compare(a.rubrik(), b.rubrik()));
    assertThat(vm.visible()).extracting(Delegationsbeslut::rubrik)
        .containsExactly("Anmälan lex Maria", "Avtal", "Äldre beslut");
  }

  @Test
  void aDeleteCanBeUndoneAndGoesBackToTheSameMeeting() {
    Delegationsbeslut avtal = vm.visible().stream().filter(b -> b.rubrik().equals("Avtal")).findFirst().orElseThrow();
    List<Delegationsbeslut> told = new ArrayList<>();

    vm.delete(avtal, told::add);
    assertThat(told).hasSize(1);
    assertThat(rubriker()).containsExactly("Anmälan lex Maria", "Äldre beslut");
    assertThat(services.delegationsbeslut().list(AnmalanFilter.alla())).hasSize(2);

    vm.undo();
    assertThat(rubriker()).containsExactly("Anmälan lex Maria", "Avtal", "Äldre beslut");
    assertThat(vm.visadProperty().get()).as("the entry put back is the one the table shows")
        .extracting(Delegationsbeslut::rubrik).isEqualTo("Avtal");
    assertThat(services.delegationsbeslut().list(AnmalanFilter.sammantrade(november.id())))
        .extracting(Delegationsbeslut::rubrik).contains("Avtal");
    vm.undo();
    assertThat(services.delegationsbeslut().list(AnmalanFilter.alla())).hasSize(3);
  }

  @Test
  void aDecisionSavedWithNoMeetingToReportItToSaysSo() {
    Delegationsbeslut avtal = vm.visible().stream().filter(b -> b.rubrik().equals("Avtal")).findFirst().orElseThrow();
    vm.saved(avtal);
    assertThat(vm.ejAnmaldProperty().get()).isEmpty();

    vm.flytta(avtal, null);
    Delegationsbeslut ejAnmald = services.delegationsbeslut().list(AnmalanFilter.alla()).stream()
        .filter(b -> b.id() == avtal.id()).findFirst().orElseThrow();
    vm.saved(ejAnmald);

    assertThat(vm.ejAnmaldProperty().get()).startsWith("Sparat, men inte anmält till något sammanträde");
  }

  @Test
  void aMoveToAnotherMeetingIsUndoneAndRedone() {
    Delegationsbeslut avtal = vm.visible().stream().filter(b -> b.rubrik().equals("Avtal")).findFirst().orElseThrow();
    Long before = avtal.sammantradeId();

    vm.flytta(avtal, null);
    assertThat(meeting(avtal)).isNull();
    vm.undo();
    assertThat(meeting(avtal)).isEqualTo(before);
    vm.redo();
    assertThat(meeting(avtal)).isNull();
  }

  @Test
  void twentyFiveStepsAreUndoneInTurn() {
    Delegationsbeslut avtal = vm.visible().stream().filter(b -> b.rubrik().equals("Avtal")).findFirst().orElseThrow();
    Long november = avtal.sammantradeId();
    for (int i = 0; i < 25; i++) {
      vm.flytta(services.delegationsbeslut().find(avtal.id()).orElseThrow(), i % 2 == 0 ? null : november);
    }
    assertThat(vm.history().size()).isEqualTo(25);
    for (int i = 0; i < 25; i++) {
      assertThat(vm.history().undo()).as("step " + i).isTrue();
    }
    assertThat(vm.history().undo()).isFalse();
    assertThat(meeting(avtal)).isEqualTo(november);
  }

  private Long meeting(Delegationsbeslut b) {
    return services.delegationsbeslut().find(b.id()).orElseThrow().sammantradeId();
  }

  @Test
  void anImportIsAllOrNothingAndListsEveryBadLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("beslut.csv");
    Files.writeString(bad, "diarienummer;handlingsid;delegat;beslutsdatum;rubrik\n"
        + "2025/146;;MAS/MAR/SAS;2025-10-01;Ett bra beslut\n"
        + "2025/146;;Okänd;2025-10-02;Fel delegat\n"
        + "2025/146;;MAS/MAR/SAS;2025-10-xx;Fel datum\n");
    List<ImportError> refused = new ArrayList<>();
    List<Integer> done = new ArrayList<>();

    vm.importera(bad, refused::addAll, done::add);
    assertThat(refused).extracting(ImportError::line, ImportError::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "delegat"), org.assertj.core.groups.Tuple.tuple(4, "beslutsdatum"));
    assertThat(done).isEmpty();
    assertThat(services.delegationsbeslut().list(AnmalanFilter.alla())).hasSize(3);

    Path good = dir.resolve("bra.csv");
    Files.writeString(good, "diarienummer;handlingsid;delegat;beslutsdatum;rubrik\n"
        + "2025/146;;MAS/MAR/SAS;2025-10-01;Ett bra beslut\n");
    vm.importera(good, refused::addAll, done::add);
    assertThat(done).containsExactly(1);
    assertThat(rubriker()).contains("Ett bra beslut");
  }

  @Test
  void untilTheFirstListHasComeTheTableSaysItIsBeingFetched() {
    var held = new se.namndbok.app.shared.HeldTaskExecutor();
    var fresh = new DelegationsbeslutViewModel(services, held);
    fresh.load();

    assertThat(fresh.laddarProperty().get()).isTrue();
    held.release(); // the meetings for the filter: the list is asked for next
    assertThat(fresh.laddarProperty().get()).isTrue();
    held.release();
    assertThat(fresh.laddarProperty().get()).isFalse();
    assertThat(fresh.visible()).hasSize(3);
    assertThat(vm.laddarProperty().get()).isFalse();
  }

  @Test
  void theSekretessColumnShowsWhatThePublicRedovisningWithholdsIncludingThroughTheArende() {
    store.core().arenden().register(new se.namndbok.core.arende.NyttArende(
        se.namndbok.core.arende.Diarienummer.parse("2025/1256"), null, "Vård enligt LVU", null, true,
        LocalDate.of(2025, 9, 1)));
    services.delegationsbeslut().register(new NyttDelegationsbeslut("2025/1256", null, "MAS/MAR/SAS", null,
        LocalDate.parse("2025-09-29"), "Beslut om omedelbart omhändertagande", false));
    services.delegationsbeslut().register(new NyttDelegationsbeslut("2025/1256", null, "MAS/MAR/SAS", null,
        LocalDate.parse("2025-09-30"), "Beslut om ersättning till familjehem", Sekretess.OFFENTLIG));
    services.delegationsbeslut().register(new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", null,
        LocalDate.parse("2025-10-01"), "Beslut om kontaktperson", true));
    vm.refresh();

    assertThat(sekretess("Beslut om omedelbart omhändertagande")).isEqualTo("Ja (ärendet)");
    assertThat(sekretess("Beslut om ersättning till familjehem")).isEqualTo("Nej (friklassad)");
    assertThat(sekretess("Beslut om kontaktperson")).isEqualTo("Ja");
    assertThat(sekretess("Avtal")).isEqualTo("Nej");
  }

  @Test
  void aDecisionJustSavedInAConfidentialArendeShowsItsSekretessAtOnce() {
    store.core().arenden().register(new se.namndbok.core.arende.NyttArende(
        se.namndbok.core.arende.Diarienummer.parse("2025/1256"), null, "Vård enligt LVU", null, true,
        LocalDate.of(2025, 9, 1)));
    Delegationsbeslut nytt = services.delegationsbeslut().register(new NyttDelegationsbeslut("2025/1256", null,
        "MAS/MAR/SAS", null, LocalDate.parse("2025-09-29"), "Beslut om omedelbart omhändertagande", false));

    vm.saved(nytt);

    assertThat(vm.sekretess(nytt)).isEqualTo("Ja (ärendet)");
  }

  private String sekretess(String rubrik) {
    return vm.sekretess(vm.visible().stream().filter(b -> b.rubrik().equals(rubrik)).findFirst().orElseThrow());
  }
}
