package se.namndbok.core.delegationsbeslut;

import static se.namndbok.core.testing.CsvFuzzer.Kind.ID;
import static se.namndbok.core.testing.CsvFuzzer.Kind.TEXT;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.CsvFuzzer;
import se.namndbok.core.testing.CsvFuzzer.Column;
import se.namndbok.core.testing.ImportFuzz;
import se.namndbok.core.testing.TestStore;

/**
 * {@code import delegationsordning} on 2,000 generated hostile files (seed 20251103 + case, printed on failure):
 * only refusals with a message, the store unchanged. Duplicate point numbers are among the defects.
 */
class DelegationsordningImportFuzzTest {
  private static final List<Column> COLUMNS = List.of(new Column("punkt", ID, true), new Column("ärende", TEXT, true),
      new Column("lagrum", TEXT, false), new Column("delegat", TEXT, true));
  private static final List<String> DELEGATER = List.of("MAS/MAR/SAS", "Verksamhetschef/avdelningschef",
      "Socialsekreterare", "Enhetschef");
  private static final List<String> LAGRUM = List.of("4 kap. 1 § SoL", "6 § LVU", "9 § 2 LSS", "1 kap. 4 § FB", "");

  @TempDir Path dir;

  @Test
  void everyHostileFileIsRefusedWithAMessageAndChangesNothing() throws Exception {
    try (TestStore store = TestStore.create()) {
      new BoardFixture(store).namnd();
      var ordning = store.core().delegationsordning();
      int[] punkt = {0};
      CsvFuzzer fuzzer = new CsvFuzzer(COLUMNS, r -> List.of((1 + r.nextInt(6)) + "." + (++punkt[0]),
          "Bistånd i form av " + List.of("hemtjänst", "särskilt boende", "kontaktperson", "försörjningsstöd")
              .get(r.nextInt(4)), LAGRUM.get(r.nextInt(LAGRUM.size())), DELEGATER.get(r.nextInt(DELEGATER.size()))),
          true);

      ImportFuzz.run("import delegationsordning", store.db(), dir, fuzzer, ordning::importera);
    }
  }
}
