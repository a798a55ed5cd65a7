package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.testing.TestStore;

/**
 * A user action that has completed is in the embedded store's file at once, not only in H2's memory (decision
 * 0159): the file as it stands the moment after the action — what a process killed or ended then leaves — opens
 * with the action in it. H2 writes a commit to the file when its background writer gets to it; a meeting made in
 * the window was gone after the program was ended 15 s later.
 */
class CompletedActionInFileTest {
  @TempDir
  Path work;

  @Test
  void theFileAsItStandsRightAfterAnActionHasTheAction() throws Exception {
    Path live = work.resolve("live");
    Path copy = Files.createDirectories(work.resolve("copy"));
    try (TestStore store = TestStore.open(live)) {
      Thread.sleep(1_500); // the open itself has reached the file: what follows is the action alone
      store.core().namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
      Files.copy(live.resolve("namndbok.mv.db"), copy.resolve("namndbok.mv.db")); // before the close writes
    }
    try (TestStore killed = TestStore.open(copy)) {
      assertThat(killed.core().namnd().current()).map(Namnd::namn).contains("Socialnämnden");
    }
  }
}
