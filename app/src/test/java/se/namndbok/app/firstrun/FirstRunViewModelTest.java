package se.namndbok.app.firstrun;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.testing.TestStore;

class FirstRunViewModelTest {
  private TestStore store;
  private AppServices services;
  private final FakeDemo demo = new FakeDemo();
  private final AtomicInteger done = new AtomicInteger();
  private FirstRunViewModel vm;

  @BeforeEach
  void open() {
    store = TestStore.create(CoreWiring.renderers());
    services = new AppServices(store.core());
    vm = new FirstRunViewModel(services, demo, new CurrentThreadTaskExecutor(), done::incrementAndGet);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theDemoChoiceInstallsTheDemoAndMovesOn() {
    vm.installDemo();

    assertThat(demo.installs).hasValue(1);
    assertThat(done).hasValue(1);
    assertThat(services.namnder().isEmpty()).isFalse();
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void whileTheDemoInstallsTheViewSaysWhatItIsDoingAndClearsItAfterwards() {
    AtomicReference<String> during = new AtomicReference<>();
    AtomicReference<FirstRunViewModel> watched = new AtomicReference<>();
    watched.set(new FirstRunViewModel(services, core -> {
      during.set(watched.get().workingProperty().get());
      demo.install(core);
    }, new CurrentThreadTaskExecutor(), done::incrementAndGet));

    watched.get().installDemo();

    assertThat(during).hasValue("Lägger in demonämnden …");
    assertThat(watched.get().workingProperty().get()).isEmpty();
    assertThat(done).hasValue(1);
  }

  @Test
  void anEmptyBoardIsCreatedFromItsNameMunicipalityAndAdministration() {
    vm.showEmptyForm();
    vm.namnProperty().set("Socialnämnden");
    vm.kommunProperty().set("Bodens kommun");
    vm.forvaltningProperty().set("Socialförvaltningen");

    vm.createEmpty();

    assertThat(done).hasValue(1);
    assertThat(services.namnder().current()).hasValueSatisfying(n -> {
      assertThat(n.namn()).isEqualTo("Socialnämnden");
      assertThat(n.kommun()).isEqualTo("Bodens kommun");
    });
    assertThat(services.arenden().count()).isZero();
    assertThat(demo.installs).hasValue(0);
  }

  @Test
  void missingValuesAreMarkedAtTheirFieldsAndNoBoardIsCreated() {
    vm.namnProperty().set("Socialnämnden");

    vm.createEmpty();

    assertThat(vm.namnErrorProperty().get()).isEmpty();
    assertThat(vm.kommunErrorProperty().get()).isEqualTo("Kommun: måste fyllas i");
    assertThat(vm.forvaltningErrorProperty().get()).isEqualTo("Förvaltning: måste fyllas i");
    assertThat(done).hasValue(0);
    assertThat(services.namnder().isEmpty()).isTrue();
  }
}
