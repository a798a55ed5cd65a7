package se.namndbok.app.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Motesstandard;
import se.namndbok.core.sammantrade.Planrad;
import se.namndbok.core.sammantrade.Sammantrade;

class NyttSammantradeViewModelTest {
  private BuilderFixture f;
  private NyttSammantradeViewModel vm;
  private final List<Sammantrade> saved = new ArrayList<>();

  @BeforeEach
  void open() {
    f = new BuilderFixture();
    vm = new NyttSammantradeViewModel(f.services.motesstandard(), f.services.sammantradesplan(),
        new CurrentThreadTaskExecutor(), List.of(new Organ(null, "Socialnämnden")), f.store.clock().today());
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  @Test
  void aTypedDateTimeAndPlaceCreateTheBoardsMeeting() {
    vm.datumProperty().set("2025-12-18");
    vm.tidProperty().set("9.30");
    vm.platsProperty().set(" Stadshuset ");
    vm.save(saved::add);

    assertThat(saved).singleElement().satisfies(s -> {
      assertThat(s.datum()).isEqualTo(LocalDate.of(2025, 12, 18));
      assertThat(s.tid()).isEqualTo(LocalTime.of(9, 30));
      assertThat(s.plats()).isEqualTo("Stadshuset");
      assertThat(s.utskottId()).isNull();
    });
  }

  @Test
  void badValuesGetSwedishMessagesAtTheirFieldsAndNothingIsSaved() {
    vm.datumProperty().set("31/11");
    vm.tidProperty().set("25:00");
    vm.platsProperty().set(" ");
    vm.save(saved::add);

    assertThat(vm.datumErrorProperty().get())
        .isEqualTo("Datum: \"31/11\" är inget datum; skriv t.ex. 2025-10-23, 20251023, 23/10 eller 23 okt");
    assertThat(vm.tidErrorProperty().get())
        .isEqualTo("Tid: \"25:00\" är ingen tid; skriv timmar och minuter, t.ex. 13:00");
    assertThat(vm.platsErrorProperty().get()).isEqualTo("Plats: måste fyllas i");
    assertThat(saved).isEmpty();
    assertThat(f.services.sammantraden().all()).hasSize(1);
  }

  @Test
  void anEmptyDateIsAskedFor() {
    vm.platsProperty().set("Stadshuset");
    vm.save(saved::add);
    assertThat(vm.datumErrorProperty().get()).isEqualTo("Datum: måste fyllas i");
    assertThat(saved).isEmpty();
  }

  @Test
  void aSecondMeetingTheSameDayIsRefusedAtTheDate() {
    vm.datumProperty().set("2025-11-20");
    vm.platsProperty().set("Stadshuset");
    vm.save(saved::add);
    assertThat(vm.datumErrorProperty().get()).isEqualTo("Datum: det finns redan ett sammanträde 2025-11-20");
    assertThat(saved).isEmpty();

    vm.datumProperty().set("2025-11-21");
    vm.save(saved::add);
    assertThat(vm.datumErrorProperty().get()).isEmpty();
    assertThat(saved).hasSize(1);
  }

  @Test
  void aNewMeetingStartsFromTheBoardsDefaultsAndTheNextDateOfThePlan() {
    f.services.motesstandard().spara(new Motesstandard(LocalTime.of(8, 15), "Stadshuset, Sessionssalen",
        List.of(ArendepunktTyp.UPPROP, ArendepunktTyp.JUSTERARE)));
    f.services.sammantradesplan().add(new Planrad(LocalDate.of(2025, 11, 20), null, null));
    f.services.sammantradesplan().add(new Planrad(LocalDate.of(2025, 12, 11), null, null));

    vm.load();

    assertThat(vm.datumProperty().get()).isEqualTo("2025-12-11");
    assertThat(vm.tidProperty().get()).isEqualTo("08:15");
    assertThat(vm.platsProperty().get()).isEqualTo("Stadshuset, Sessionssalen");
    assertThat(vm.forslagProperty().get()).isEqualTo("Förslag från sammanträdesplanen: 2025-12-11");
    assertThat(vm.standardpunkterProperty().get())
        .isEqualTo("Nämndens sammanträde börjar med standardpunkterna: Upprop, Val av justerare.");

    vm.save(saved::add);

    assertThat(f.services.arendelista().punkter(saved.getFirst().id())).extracting(p -> p.innehall().rubrik())
        .containsExactly("Upprop", "Val av justerare");
  }

  @Test
  void anUtskottChosenIsToldItsListStartsEmptyAsItDoes() {
    f.services.motesstandard().spara(new Motesstandard(LocalTime.of(8, 15), "Stadshuset",
        List.of(ArendepunktTyp.UPPROP, ArendepunktTyp.JUSTERARE)));
    var au = f.services.namnder().addUtskott("Arbetsutskottet", se.namndbok.core.namnd.UtskottTyp.ARBETSUTSKOTT);
    vm.load();
    assertThat(vm.standardpunkterProperty().get()).startsWith("Nämndens sammanträde börjar med standardpunkterna");

    vm.organProperty().set(new Organ(au.id(), "Arbetsutskottet"));
    assertThat(vm.standardpunkterProperty().get())
        .isEqualTo("Utskottets ärendelista börjar tom; standardpunkterna gäller nämndens sammanträden.");
    vm.datumProperty().set("2025-12-18");
    vm.save(saved::add);
    assertThat(f.services.arendelista().punkter(saved.getFirst().id())).isEmpty();
  }

  @Test
  void withoutAPlanTheDateIsLeftToTheUserAndThatIsSaid() {
    vm.load();

    assertThat(vm.harForslag()).isFalse();
    assertThat(vm.datumProperty().get()).isEmpty();
    assertThat(vm.tidProperty().get()).isEqualTo("13:00");
    assertThat(vm.forslagProperty().get()).startsWith("Sammanträdesplanen har inget senare datum.");
  }
}
