package se.namndbok.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.Andringar;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.backup.Sakerhetskopior;
import se.namndbok.core.db.generated.Tables;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.testing.TestStore;

/** The restore dialog's view model without a window: preview first, restore only when confirmed. */
class RestoreViewModelTest {
  private static final char[] PASSWORD = "kopians lösenord".toCharArray();
  private TestStore store;
  private RestoreViewModel vm;
  private final List<Set<String>> reloads = new ArrayList<>();
  @TempDir
  Path dir;

  @BeforeEach
  void open() {
    store = TestStore.create();
    store.core().beslut().register(beslut("FORE-1"));
    Andringar andringar = new Andringar();
    andringar.allt(reloads::add);
    vm = new RestoreViewModel(store.core(), new CurrentThreadTaskExecutor(), andringar);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void choosesTheNewestAutomaticBackupAndPreviewsItWithoutTouchingTheStore() {
    Path today = store.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();
    store.core().beslut().register(beslut("EFTER-1"));

    vm.ladda();

    assertThat(vm.kopior()).extracting(Sakerhetskopior.Kopia::fil).containsExactly(today);
    assertThat(vm.valdProperty().get()).isEqualTo(today);
    assertThat(vm.forhandsvisningProperty().get()).contains("Gjord: ", "Gynnande beslut (statistiken): 1",
        "Filer (handlingar och bilagor): 0").doesNotContain("rader");
    assertThat(vm.kanAterstalla().get()).as("not before the confirmation").isFalse();
    vm.aterstall(() -> { });
    assertThat(rows()).as("nothing restored unconfirmed").isEqualTo(2);
  }

  @Test
  void restoresOnceConfirmedAndReloadsEveryArea() {
    Path today = store.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();
    store.core().beslut().register(beslut("EFTER-1"));
    vm.ladda();
    vm.bekraftadProperty().set(true);
    boolean[] done = {false};

    vm.aterstall(() -> done[0] = true);

    assertThat(done[0]).isTrue();
    assertThat(rows()).isEqualTo(1);
    Path fore = store.core().sakerhetskopior().list().getFirst();
    assertThat(vm.klartProperty().get()).as("in the user's terms, not rows, and where the way back is")
        .isEqualTo("Databasen är nu som den var 3 november 2025 kl. 10.00 (säkerhetskopian " + today.getFileName()
            + "): 0 ärenden, 0 sammanträden. Det som fanns före återställningen sparades som säkerhetskopian "
            + "”Före återställningen 3 november 2025 kl. 10.00” (" + fore.getFileName() + "). Vill du gå tillbaka "
            + "väljer du den under Arkiv → Återställ från säkerhetskopia.");
    fxEventsDone();
    assertThat(reloads).contains(Set.of());
  }

  /**
   * The list says what each backup holds, so that the empty one made seconds after the nämnd was created is not
   * taken for the day's work (found by a walk); the newest, the store as it was before the last restore, first and
   * chosen.
   */
  @Test
  void listsTheNewestFirstWithWhenEachWasMadeAndWhatItHolds() {
    Path today = store.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();
    registerArende("2025/1185");
    registerArende("2025/1186");
    Path fore = store.core().backup().restore(today).fore();

    vm.ladda();

    assertThat(vm.kopior()).extracting(RestoreViewModel::etikett).containsExactly(
        "Före återställningen 3 november 2025 kl. 10.00 – 2 ärenden, 0 sammanträden",
        "Automatisk säkerhetskopia 3 november 2025 kl. 10.00 – 0 ärenden, 0 sammanträden");
    assertThat(vm.valdProperty().get()).isEqualTo(fore);
    assertThat(vm.varning()).as("the confirmation says the store is saved first")
        .contains("först sparas det som finns nu", "”Före återställningen …”");
  }

  @Test
  void aBackupWhoseContentCannotBeReadInTheListIsShownWithItsSize() throws Exception {
    Path folder = store.folder().resolve(Sakerhetskopior.MAPP);
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.write(folder.resolve("namndbok-2025-11-02.zip"), new byte[3 * 1024]);

    vm.ladda();

    assertThat(vm.kopior()).extracting(RestoreViewModel::etikett).containsExactly(
        "Automatisk säkerhetskopia 2 november 2025 – innehållet visas när du väljer den (3 kB)");
  }

  @Test
  void anEncryptedBackupAsksForItsPasswordAndAWrongOneIsRefusedInSwedish() {
    Path zip = dir.resolve("krypterad.zip");
    try (var db = se.namndbok.core.db.Database.openEmbedded(dir.resolve("annan"), PASSWORD)) {
      new BackupService(db, se.namndbok.core.shared.Clock.system()).backup(zip);
    }

    vm.valj(zip);
    assertThat(vm.krypteradProperty().get()).isTrue();
    assertThat(vm.felProperty().get()).contains("krypterad");
    vm.losenordProperty().set("fel lösenord");
    vm.forsokIgen();
    assertThat(vm.felProperty().get()).startsWith("Säkerhetskopian krypterad.zip");
    assertThat(vm.innehallProperty().get()).isNull();
    vm.losenordProperty().set(new String(PASSWORD));
    vm.forsokIgen();
    assertThat(vm.felProperty().get()).isEmpty();
    assertThat(vm.innehallProperty().get()).isNotNull();
  }

  private void registerArende(String diarienummer) {
    store.core().arenden().register(new se.namndbok.core.arende.NyttArende(
        se.namndbok.core.arende.Diarienummer.parse(diarienummer), "3.9.0.1", "Efter kopian", "Åsa Öberg", false,
        LocalDate.of(2025, 10, 1)));
  }

  private int rows() {
    return store.db().read(tx -> tx.dsl().fetchCount(Tables.GYNNANDE_BESLUT));
  }

  private static GynnandeBeslut beslut(String id) {
    return new GynnandeBeslut(id, Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.of(2025, 1, 10), null, null, null, null,
        null);
  }

  /**
   * Andringar hands its news to the JavaFX thread once a window test in the same JVM has started the toolkit (and
   * runs it at once before that): wait for that thread to be idle, whichever test ran first.
   */
  private static void fxEventsDone() {
    try {
      org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    } catch (IllegalStateException toolkitNotStarted) {
      // no JavaFX thread in this JVM: the listener already ran on this thread
    }
  }
}
