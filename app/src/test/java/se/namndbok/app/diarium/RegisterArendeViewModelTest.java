package se.namndbok.app.diarium;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.testing.TestStore;

class RegisterArendeViewModelTest {
  private TestStore store;
  private ArendeService arenden;
  private RegisterArendeViewModel vm;
  private final List<Arende> saved = new ArrayList<>();

  @BeforeEach
  void open() {
    store = TestStore.create(CoreWiring.renderers());
    arenden = store.core().arenden();
    vm = new RegisterArendeViewModel(arenden::register, store.clock(), new CurrentThreadTaskExecutor());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theFieldsAreCompletedWithTheKlassificeringarAndHandlaggareInUse() {
    java.time.LocalDate d = java.time.LocalDate.of(2025, 3, 1);
    arenden.register(new se.namndbok.core.arende.NyttArende(null, "3.9.0.2", "A", "Åsa Öberg", false, d));
    arenden.register(new se.namndbok.core.arende.NyttArende(null, "3.9.0.1", "B", "Anders Åberg", false, d));
    arenden.register(new se.namndbok.core.arende.NyttArende(null, "1.1.1.7", "C", "Lisa Öst", false, d));
    assertThat(vm.klassificeringar("3.9")).as("before the values are read").isEmpty();

    vm.withSuggestions(arenden::varden);

    assertThat(vm.klassificeringar("3.9")).containsExactly("3.9.0.1", "3.9.0.2");
    assertThat(vm.klassificeringar("3.9.0.1")).as("what is typed in full").isEmpty();
    assertThat(vm.handlaggare("berg")).containsExactly("Anders Åberg", "Åsa Öberg");
    assertThat(vm.handlaggare("ÖST")).containsExactly("Lisa Öst");
  }

  @Test
  void registersWithTheNextDiarienummerOfTodaysYear() {
    vm.klassificeringProperty().set(" 3.9.0.1 ");
    vm.rubrikProperty().set("Yttrande till IVO");
    vm.handlaggareProperty().set("Åsa Öberg");
    vm.sekretessProperty().set(true);

    vm.save(saved::add);

    assertThat(saved).singleElement().satisfies(a -> {
      assertThat(a.arendenummer()).hasToString("2025/1-3.9.0.1");
      assertThat(a.rubrik()).isEqualTo("Yttrande till IVO");
      assertThat(a.handlaggare()).isEqualTo("Åsa Öberg");
      assertThat(a.sekretess()).isTrue();
      assertThat(a.registrerad()).isEqualTo(store.clock().today());
    });
    assertThat(arenden.count()).isEqualTo(1);
  }

  @Test
  void aMissingRubrikIsMarkedAtItsFieldAndNothingIsSaved() {
    vm.klassificeringProperty().set("3.9");

    vm.save(saved::add);

    assertThat(vm.rubrikErrorProperty().get()).isEqualTo("Rubrik: måste fyllas i");
    assertThat(vm.klassificeringErrorProperty().get()).isEmpty();
    assertThat(saved).isEmpty();
    assertThat(arenden.count()).isZero();
  }

  @Test
  void aBadKlassificeringIsMarkedAtItsFieldInSwedish() {
    vm.klassificeringProperty().set("3,9");
    vm.rubrikProperty().set("Något");

    vm.save(saved::add);

    assertThat(vm.klassificeringErrorProperty().get())
        .isEqualTo("Klassificering: \"3,9\" är ingen klassificering; skriv siffror med punkt emellan, t.ex. 3.9.0.1");
    assertThat(vm.rubrikErrorProperty().get()).isEmpty();
    assertThat(arenden.count()).isZero();
  }

  @Test
  void everyBadFieldIsMarkedAtOnceAndClearedWhenCorrected() {
    vm.klassificeringProperty().set("abc");
    vm.handlaggareProperty().set("x".repeat(201));

    assertThat(vm.validate()).isFalse();
    assertThat(vm.klassificeringErrorProperty().get()).startsWith("Klassificering: ");
    assertThat(vm.rubrikErrorProperty().get()).isEqualTo("Rubrik: måste fyllas i");
    assertThat(vm.handlaggareErrorProperty().get()).isEqualTo("Handläggare: får vara högst 200 tecken");

    vm.klassificeringProperty().set("");
    vm.rubrikProperty().set("Rättat");
    vm.handlaggareProperty().set("Anna");

    assertThat(vm.validate()).isTrue();
    assertThat(List.of(vm.klassificeringErrorProperty().get(), vm.rubrikErrorProperty().get(),
        vm.handlaggareErrorProperty().get(), vm.generalErrorProperty().get())).containsOnly("");
  }

  @Test
  void aRefusalFromTheStoreLandsAtTheFieldItNames() {
    vm.rubrikProperty().set("x".repeat(ArendeService.RUBRIK_MAX + 1));

    vm.save(saved::add);

    assertThat(vm.rubrikErrorProperty().get()).isEqualTo("Rubrik: får vara högst 1000 tecken");
    assertThat(saved).isEmpty();
  }
}
