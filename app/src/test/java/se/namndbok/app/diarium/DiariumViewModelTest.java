package se.namndbok.app.diarium;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.Debouncer;
import se.namndbok.app.shared.HeldTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.ArendeStatusService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.testing.TestStore;

class DiariumViewModelTest {
  private TestStore store;
  private ArendeService arenden;
  private ArendeStatusService status;
  private DiariumViewModel vm;

  @BeforeEach
  void open() {
    store = TestStore.create(CoreWiring.renderers());
    arenden = store.core().arenden();
    status = store.core().arendestatus();
    vm = new DiariumViewModel(arenden, status, new CurrentThreadTaskExecutor(), Debouncer.immediate());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> visibleNumbers() {
    return vm.visible().stream().map(a -> a.diarienummer().toString()).toList();
  }

  @Test
  void loadsTheArendenNewestFirst() {
    new FakeDemo().install(store.core());

    vm.load();

    assertThat(visibleNumbers()).containsExactly("2025/1184", "2025/1130", "2025/113", "2024/1130");
    assertThat(vm.summaryProperty().get()).isEqualTo("4 av 4 ärenden");
  }

  @Test
  void readingAgainKeepsTheChosenArendeChosenAsItIsNow() {
    new FakeDemo().install(store.core());
    vm.load();
    Arende vald = vm.visible().get(2);
    vm.selectedProperty().set(vald);

    Arende stangt = status.avsluta(vald.id(), "Klart");
    vm.load();

    assertThat(vm.selectedProperty().get()).isEqualTo(stangt).isNotEqualTo(vald);
  }

  @Test
  void aDiarienummerLeavesOnlyThatArende() {
    new FakeDemo().install(store.core());
    vm.load();

    vm.searchProperty().set("2025/1130");

    assertThat(visibleNumbers()).containsExactly("2025/1130");
    assertThat(vm.summaryProperty().get()).isEqualTo("1 av 4 ärenden");
  }

  @Test
  void aDiarienummerPrefixLeavesEveryArendeStartingWithIt() {
    new FakeDemo().install(store.core());
    vm.load();

    vm.searchProperty().set("2025/113");

    assertThat(visibleNumbers()).containsExactly("2025/1130", "2025/113");
  }

  @Test
  void wordsOfTheRubrikMatchInAnyOrderIgnoringCase() {
    new FakeDemo().install(store.core());
    vm.load();

    vm.searchProperty().set("BEREDSKAP statsbidrag");
    assertThat(visibleNumbers()).containsExactly("2025/1130");

    vm.searchProperty().set("ärende");
    assertThat(visibleNumbers()).containsExactly("2025/113");

    vm.searchProperty().set("statsbidrag månadsrapport");
    assertThat(visibleNumbers()).isEmpty();

    vm.searchProperty().set("  ");
    assertThat(visibleNumbers()).hasSize(4);
  }

  @Test
  void inMemoryFilterAgreesWithTheStoreSearch() {
    new FakeDemo().install(store.core());
    vm.load();
    for (String q : List.of("2025", "2025/11", "2024/1130", "delegation", "RAPPORT 2025", "sep", "x", "13", "1130",
        "113", "2025.1", "Hid: 2025.2", "hid:2025.2", "SOCIALSTYRELSEN", "anvisningar", "tjänsteskrivelse 2025/1130",
        "2025.3", "hid", "ödla")) {
      vm.searchProperty().set(q);
      assertThat(vm.visible()).as(q).containsExactlyInAnyOrderElementsOf(arenden.search(q, 100));
    }
  }

  @Test
  void aLopnummerAloneFindsTheArendeOfEveryYear() {
    new FakeDemo().install(store.core());
    vm.load();

    vm.searchProperty().set("1130");
    assertThat(visibleNumbers()).containsExactly("2025/1130", "2024/1130");

    vm.searchProperty().set("1184");
    assertThat(visibleNumbers()).containsExactly("2025/1184");
  }

  @Test
  void aHidAnAvsandareOrAWordOfAHandlingsRubrikFindsItsArende() {
    new FakeDemo().install(store.core());
    vm.load();

    for (String q : List.of("2025.2", "Hid: 2025.1", "socialstyrelsen", "Anvisningar", "tjänsteskrivelse")) {
      vm.searchProperty().set(q);
      assertThat(visibleNumbers()).as(q).containsExactly("2025/1130");
    }
    vm.searchProperty().set("2025.3");
    assertThat(visibleNumbers()).isEmpty();
  }

  @Test
  void aNewHandlingIsListedSelectedAndFound() {
    new FakeDemo().install(store.core());
    vm.load();
    Arende a = vm.visible().stream().filter(x -> x.diarienummer().toString().equals("2025/1184")).findFirst()
        .orElseThrow();
    vm.selectedProperty().set(a);

    var h = arenden.registerHandling(a.id(), new se.namndbok.core.arende.NyHandling(null, LocalDate.of(2025, 10, 1),
        se.namndbok.core.arende.Riktning.INKOMMANDE, "Inspektionen för vård och omsorg", "Begäran om yttrande", false));
    vm.handlingAdded(h);
    vm.searchProperty().set("inspektionen");

    assertThat(vm.handlingar()).extracting(x -> x.rubrik()).containsExactly("Begäran om yttrande");
    assertThat(vm.selectedHandlingProperty().get()).isEqualTo(h);
    assertThat(visibleNumbers()).containsExactly("2025/1184");
  }

  @Test
  void aClosedArendeReplacesItsRowStaysSelectedAndShowsWhoClosedItAndWhy() {
    new FakeDemo().install(store.core());
    vm.load();
    Arende a = vm.visible().stream().filter(x -> x.diarienummer().toString().equals("2025/113")).findFirst()
        .orElseThrow();
    vm.selectedProperty().set(a);

    vm.changed(status.avsluta(a.id(), "Beslut fattat"));

    Arende closed = vm.selectedProperty().get();
    assertThat(closed.status()).isEqualTo(se.namndbok.core.arende.ArendeStatus.AVSLUTAT);
    assertThat(vm.visible()).contains(closed).doesNotContain(a).hasSize(4);
    assertThat(ArendeStatusText.of(closed, vm.historik()))
        .isEqualTo("Avslutat 2025-11-03 av testare: Beslut fattat · handläggare Anna Ek");
  }

  @Test
  void whileTheStoreLoadsTheDiariumSaysSoAndThenShowsTheRows() {
    new FakeDemo().install(store.core());
    HeldTaskExecutor held = new HeldTaskExecutor();
    vm = new DiariumViewModel(arenden, status, held, Debouncer.immediate());

    vm.load();
    assertThat(vm.loadingProperty().get()).isTrue();
    assertThat(vm.visible()).isEmpty();

    held.release();
    assertThat(vm.loadingProperty().get()).isFalse();
    assertThat(vm.visible()).hasSize(4);
  }

  @Test
  void sortsRubrikTheSwedishWay() {
    for (String rubrik : List.of("Ödla", "Zebra", "Älg", "Åtgärd", "apa", "Ärende")) {
      arenden.register(NyttArende.nytt(null, rubrik, null, false, LocalDate.of(2025, 1, 1)));
    }
    vm.load();

    vm.sorted().setComparator(Comparator.comparing(Arende::rubrik, DiariumOrder.TEXT));

    assertThat(vm.visible()).extracting(Arende::rubrik)
        .containsExactly("apa", "Zebra", "Åtgärd", "Älg", "Ärende", "Ödla");
  }

  @Test
  void sortsDiarienummerByYearThenNumberNotAsText() {
    long seed = Long.getLong("diarium.seed", 20251103L);
    Random random = new Random(seed);
    List<String> numbers = new java.util.ArrayList<>(List.of("2025/9", "2025/10", "2025/100", "2024/500", "2025/1"));
    java.util.Collections.shuffle(numbers, random);
    for (String n : numbers) {
      Diarienummer d = Diarienummer.parse(n);
      arenden.register(new NyttArende(d, null, "Ärende " + n, null, false, LocalDate.of(d.ar(), 2, 1)));
    }
    vm.load();

    vm.sorted().setComparator(Comparator.comparing(Arende::diarienummer, DiariumOrder.DIARIENUMMER));

    assertThat(visibleNumbers()).as("seed " + seed)
        .containsExactly("2024/500", "2025/1", "2025/9", "2025/10", "2025/100");
  }

  @Test
  void sortsKlassificeringPartByPartAsNumbers() {
    List<String> codes = new java.util.ArrayList<>(List.of("3.10", "3.9.0.1", "3.9", "10.1", "", "3.9.0.10"));
    codes.sort(DiariumOrder.KLASSIFICERING);

    assertThat(codes).containsExactly("3.9", "3.9.0.1", "3.9.0.10", "3.10", "10.1", "");
  }

  @Test
  void selectingAnArendeFetchesItsHandlingar() {
    new FakeDemo().install(store.core());
    vm.load();
    Arende a = vm.visible().stream().filter(x -> x.diarienummer().toString().equals("2025/1130")).findFirst()
        .orElseThrow();

    vm.selectedProperty().set(a);

    assertThat(vm.handlingar()).extracting(h -> h.rubrik())
        .containsExactly("Anvisningar för statsbidrag 2026", "Tjänsteskrivelse om statsbidrag");
    assertThat(vm.handlingar().get(1).fil().namn()).isEqualTo("tjansteskrivelse.pdf");

    vm.selectedProperty().set(null);
    assertThat(vm.handlingar()).isEmpty();
  }

  @Test
  void loadsOnlyTheNewestLimitAndAsksTheStoreWhenSearchingBeyondThem() {
    for (int i = 1; i <= DiariumViewModel.LIMIT + 20; i++) {
      arenden.register(NyttArende.nytt("1.1", (i == 3 ? "Gammal hyresskuld" : "Löpande ärende ") + i, null,
          false, LocalDate.of(2025, 1, 1)));
    }

    vm.load();

    assertThat(vm.visible()).hasSize(DiariumViewModel.LIMIT);
    assertThat(vm.allLoaded()).isFalse();
    assertThat(visibleNumbers().getFirst()).isEqualTo("2025/520");

    vm.searchProperty().set("hyresskuld");

    assertThat(visibleNumbers()).containsExactly("2025/3");
  }

  @Test
  void aNewArendeAppearsAtTheTopAndIsSelectedWhateverTheSearch() {
    new FakeDemo().install(store.core());
    vm.load();
    vm.searchProperty().set("månadsrapport");

    Arende nytt = arenden.register(NyttArende.nytt("3.9", "Nytt ärende", null, false, LocalDate.of(2025, 11, 3)));
    vm.added(nytt);

    assertThat(vm.searchProperty().get()).isEmpty();
    assertThat(vm.visible().getFirst()).isEqualTo(nytt);
    assertThat(vm.selectedProperty().get()).isEqualTo(nytt);
    assertThat(vm.summaryProperty().get()).isEqualTo("5 av 5 ärenden");
  }
}
