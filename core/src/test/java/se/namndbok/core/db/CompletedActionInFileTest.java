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

  /**
   * Once the file has space that earlier writes freed, H2 puts a new chunk there and (2.5.252) writes the file's
   * header naming the chunk before it (decision 0160): the window lost a meeting made after ten minutes' use when
   * the process was killed seconds later, though the checkpoint had written it.
   */
  @Test
  void anActionWrittenIntoSpaceFreedEarlierIsFoundWhenTheFileOpens() throws Exception {
    Path live = work.resolve("live");
    Path copy = Files.createDirectories(work.resolve("copy"));
    try (TestStore store = TestStore.open(live)) {
      var sql = store.db().dsl();
      sql.execute("SET RETENTION_TIME 0"); // freed chunks are reusable at once, not after 45 s
      sql.execute("CREATE TABLE utfyllnad (id INT PRIMARY KEY, text VARCHAR(1000))");
      sql.execute("INSERT INTO utfyllnad SELECT x, REPEAT('a', 900) FROM SYSTEM_RANGE(1, 3000)");
      sql.execute("CHECKPOINT");
      sql.execute("DROP TABLE utfyllnad");
      sql.execute("CHECKPOINT");
      Thread.sleep(1_500); // H2 frees a dead chunk a moment after the write that emptied it
      sql.execute("CHECKPOINT");
      store.core().namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
      Files.copy(live.resolve("namndbok.mv.db"), copy.resolve("namndbok.mv.db")); // before the close writes
    }
    try (TestStore killed = TestStore.open(copy)) {
      assertThat(killed.core().namnd().current()).map(Namnd::namn).contains("Socialnämnden");
    }
  }
}
