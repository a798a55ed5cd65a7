package se.namndbok.app.installningar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.WindowPreferences;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Motesstandard;
import se.namndbok.core.sammantrade.Planrad;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** Inställningar → Sammanträden (defaults and plan) and the board's output folder, without a window. */
class MotenOchUtdataViewModelTest {
  private TestStore store;
  private Preferences node;
  private AppServices services;
  private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
  @TempDir
  Path dir;

  @BeforeEach
  void setUp() {
    store = TestStore.create(se.namndbok.app.CoreWiring.renderers());
    new BoardFixture(store).namnd();
    node = Preferences.userRoot().node("se/namndbok/test/" + UUID.randomUUID());
    services = new AppServices(store.core(), new WindowPreferences(node));
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
    store.close();
  }

  @Test
  void theUsualTimePlaceAndStandardPunkterAreShownAndSaved() {
    MotenViewModel vm = new MotenViewModel(services, executor);
    vm.load();
    assertThat(vm.tidProperty().get()).isEqualTo("13:00");
    assertThat(vm.punktProperty(ArendepunktTyp.MEDDELANDEN).get()).isTrue();

    vm.tidProperty().set("8.15");
    vm.platsProperty().set("Stadshuset, Sessionssalen");
    vm.punktProperty(ArendepunktTyp.MEDDELANDEN).set(false);
    vm.save();

    assertThat(vm.statusProperty().get()).isEqualTo("Sparat.");
    assertThat(vm.tidProperty().get()).isEqualTo("08:15");
    assertThat(services.motesstandard().standard()).isEqualTo(new Motesstandard(LocalTime.of(8, 15),
        "Stadshuset, Sessionssalen", List.of(ArendepunktTyp.UPPROP, ArendepunktTyp.JUSTERARE,
            ArendepunktTyp.DELEGATIONSBESLUT)));

    vm.tidProperty().set("kvart över åtta");
    vm.save();
    assertThat(vm.errors().get("Tid").get()).isEqualTo("Tid: \"kvart över åtta\" är ingen tid; skriv timmar och minuter, t.ex. 13:00");
  }

  @Test
  void datesAreAddedTypedAsUsersTypeThemAndABadPlanFileChangesNothing() throws Exception {
    MotenViewModel vm = new MotenViewModel(services, executor);
    vm.load();
    vm.planDatumProperty().set("20/11");
    vm.addDatum();
    vm.planDatumProperty().set("20251211");
    vm.planTidProperty().set("08:15");
    vm.addDatum();
    assertThat(vm.plan()).containsExactly(new Planrad(LocalDate.of(2025, 11, 20), null, null),
        new Planrad(LocalDate.of(2025, 12, 11), LocalTime.of(8, 15), null));
    assertThat(vm.planDatumProperty().get()).isEmpty();

    Path bad = Files.writeString(dir.resolve("plan.csv"), "datum\n2026-01-22\n22/1 2026\n", StandardCharsets.UTF_8);
    List<ImportError> refused = new ArrayList<>();
    vm.importera(bad, refused::addAll, n -> {
      throw new AssertionError("nothing imported");
    });

    assertThat(refused).extracting(ImportError::toString)
        .containsExactly("plan.csv, rad 3, kolumn datum: \"22/1 2026\" är inget datum; skriv åååå-mm-dd, t.ex. 2025-10-23");
    assertThat(vm.plan()).hasSize(2);
  }

  /**
   * A date typed for the plan and not added is asked about before another area is shown or the window closes
   * (it went without a word); Spara in the question adds it, a refused one stays with its message.
   */
  @Test
  void aPlanDateTypedAndNotAddedIsAskedAboutAndSparaAddsIt() {
    MotenViewModel vm = new MotenViewModel(services, executor);
    vm.load();
    se.namndbok.app.shared.UnsavedChanges.Guard guard = vm.planGuard();
    assertThat(guard.dirty().get()).as("nothing typed").isFalse();

    vm.planDatumProperty().set("2027-01-21");
    vm.planPlatsProperty().set("Stadshuset");
    assertThat(guard.dirty().get()).as("typed and not added").isTrue();
    assertThat(guard.what()).isEqualTo("sammanträdesplanens nya datum");

    vm.planDatumProperty().set("31 feb");
    java.util.concurrent.atomic.AtomicReference<Boolean> saved = new java.util.concurrent.atomic.AtomicReference<>();
    guard.save(saved::set);
    assertThat(saved.get()).as("a bad date is refused").isFalse();
    assertThat(guard.dirty().get()).isTrue();
    assertThat(vm.plan()).isEmpty();

    vm.planDatumProperty().set("2027-01-21");
    guard.save(saved::set);
    assertThat(saved.get()).isTrue();
    assertThat(vm.plan()).containsExactly(new Planrad(LocalDate.of(2027, 1, 21), null, "Stadshuset"));
    assertThat(guard.dirty().get()).as("added, nothing left to ask about").isFalse();
  }

  @Test
  void theOutputFolderIsDocumentsNamndbokAndTheBoardUntilTheUserChoosesAnother() {
    NamndViewModel vm = new NamndViewModel(services, executor);
    vm.load();
    assertThat(Path.of(vm.utdatamappProperty().get()).endsWith(Path.of("Nämndbok", "Socialnämnden"))).isTrue();

    vm.setUtdatamapp(dir);

    assertThat(vm.utdatamappProperty().get()).isEqualTo(dir.toAbsolutePath().toString());
    NamndViewModel again = new NamndViewModel(services, executor);
    again.load();
    assertThat(again.utdatamappProperty().get()).isEqualTo(dir.toAbsolutePath().toString());
  }
}
