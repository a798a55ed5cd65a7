package se.namndbok.app.installningar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.WindowPreferences;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/** Inställningar → Användare for an administratör of a shared store (a real PostgreSQL server). */
class AnvandareViewModelTest {

  @Test
  void anAdministratorAddsAUserWithRolesAndRemovesThemAndOnlyAnAdministratorSeesTheTab() {
    TestPostgres.Ny store = TestPostgres.initialisedDatabase();
    try (Database owner = store.openAsOwner()) {
      var core = se.namndbok.app.CoreWiring.build(owner, TestStore.CLOCK);
      core.server().laggTill("adam", "adams-losen".toCharArray(), EnumSet.of(AnvandarRoll.ADMINISTRATOR));
      core.server().laggTill("rutger", "rutgers-losen".toCharArray(), EnumSet.of(AnvandarRoll.REGISTRATOR));
    }
    try (Database ada = store.open("adam", "adams-losen"); Database rut = store.open("rutger", "rutgers-losen");
        TestStore embedded = TestStore.create()) {
      AppServices services = new AppServices(se.namndbok.app.CoreWiring.build(ada, ada.clock()), new WindowPreferences(
          java.util.prefs.Preferences.userRoot().node("se/namndbok/test/anvandare")));
      AnvandareViewModel vm = new AnvandareViewModel(services, new CurrentThreadTaskExecutor());
      vm.load();
      assertThat(vm.anvandare()).extracting(a -> a.namn()).containsExactly("adam", "rutger");

      vm.namnProperty().set("lasse");
      vm.losenordProperty().set("lasses-losen");
      vm.rollProperty(AnvandarRoll.LASARE).set(true);
      vm.add();
      assertThat(vm.errors().general().get()).isEmpty();
      assertThat(vm.anvandare()).anySatisfy(a -> {
        assertThat(a.namn()).isEqualTo("lasse");
        assertThat(a.roller()).containsExactly(AnvandarRoll.LASARE);
      });
      assertThat(vm.losenordProperty().get()).isEmpty();

      vm.remove(vm.anvandare().stream().filter(a -> a.namn().equals("lasse")).findFirst().orElseThrow());
      assertThat(vm.anvandare()).extracting(a -> a.namn()).containsExactly("adam", "rutger");

      assertThat(AnvandareViewModel.visas(services)).isTrue();
      assertThat(AnvandareViewModel.visas(new AppServices(se.namndbok.app.CoreWiring.build(rut, rut.clock()), services.preferences()))).isFalse();
      assertThat(AnvandareViewModel.visas(new AppServices(embedded.core(), services.preferences())))
          .isFalse();
    }
  }
}
