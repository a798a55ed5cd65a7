package se.namndbok.app.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.WindowPreferences;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;

class SammantradenViewModelTest {
  private BuilderFixture f;
  private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

  @BeforeEach
  void open() {
    f = new BuilderFixture();
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private Sammantrade mote(int month, int day) {
    return f.services.sammantraden().create(new NyttSammantrade(null, LocalDate.of(2025, month, day),
        LocalTime.of(13, 0), "Stadshuset"));
  }

  @Test
  void listsPastAndComingMeetingsNewestFirstAndSelectsTheNextOneNotHeld() {
    Sammantrade past = mote(10, 23);
    f.services.sammantraden().setStatus(past.id(), SammantradeStatus.GENOMFORT);
    Sammantrade later = mote(12, 18);
    var vm = new SammantradenViewModel(f.services, executor);
    vm.load();

    assertThat(vm.moten()).extracting(Sammantrade::datum).containsExactly(later.datum(), f.mote.datum(), past.datum());
    assertThat(vm.selectedProperty().get()).isEqualTo(f.mote);
    assertThat(vm.organ(past)).isEqualTo("Socialnämnden");
  }

  @Test
  void theLastUsedMeetingIsRememberedBetweenStarts() {
    Sammantrade later = mote(12, 18);
    var first = new SammantradenViewModel(f.services, executor);
    first.load();
    first.selectedProperty().set(later);

    var next = new SammantradenViewModel(f.services, executor);
    next.load();
    assertThat(next.selectedProperty().get()).isEqualTo(later);
    assertThat(new WindowPreferences(f.node).lastMeeting()).hasValue(later.id());
  }

  @Test
  void committeesAreOrgansAndTheirMeetingsNameThem() {
    var au = f.services.namnder().addUtskott("Arbetsutskottet", UtskottTyp.values()[0]);
    Sammantrade auMote = f.services.sammantraden().create(new NyttSammantrade(au.id(), LocalDate.of(2025, 11, 6),
        LocalTime.of(9, 0), "Rum 3"));
    var vm = new SammantradenViewModel(f.services, executor);
    vm.load();
    assertThat(vm.organ()).extracting(Organ::namn).containsExactly("Socialnämnden", "Arbetsutskottet");
    assertThat(vm.organ(auMote)).isEqualTo("Arbetsutskottet");
  }

  @Test
  void anAddedMeetingIsListedInDateOrderAndSelected() {
    var vm = new SammantradenViewModel(f.services, executor);
    vm.load();
    Sammantrade later = mote(12, 18);
    vm.added(later);
    assertThat(vm.moten().getFirst()).isEqualTo(later);
    assertThat(vm.selectedProperty().get()).isEqualTo(later);
  }

  @Test
  void whileTheMeetingsAreReadTheListSaysSoAndNotThatThereAreNone() {
    var held = new se.namndbok.app.shared.HeldTaskExecutor();
    var vm = new SammantradenViewModel(f.services, held);
    vm.load();

    assertThat(vm.laddarProperty().get()).isTrue();
    assertThat(vm.moten()).isEmpty();
    held.release();
    assertThat(vm.laddarProperty().get()).isFalse();
    assertThat(vm.moten()).isNotEmpty();
  }
}
