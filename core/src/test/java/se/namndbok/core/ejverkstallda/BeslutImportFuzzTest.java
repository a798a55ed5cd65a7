package se.namndbok.core.ejverkstallda;

import static se.namndbok.core.testing.CsvFuzzer.Kind.CODE;
import static se.namndbok.core.testing.CsvFuzzer.Kind.DATE;
import static se.namndbok.core.testing.CsvFuzzer.Kind.ID;
import static se.namndbok.core.testing.CsvFuzzer.Kind.YEAR;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.testing.CsvFuzzer;
import se.namndbok.core.testing.CsvFuzzer.Column;
import se.namndbok.core.testing.ImportFuzz;
import se.namndbok.core.testing.TestStore;

/** {@code import beslut} on 2,000 generated hostile files: only refusals with a message, the store unchanged. */
class BeslutImportFuzzTest {
  private static final List<Column> COLUMNS = List.of(new Column("id", ID, true), new Column("lag", CODE, true),
      new Column("insats", CODE, true), new Column("kön", CODE, true), new Column("födelseår", YEAR, false),
      new Column("beslutsdatum", DATE, true), new Column("verkställighetsdatum", DATE, false),
      new Column("skäl", CODE, false));

  @TempDir Path dir;

  @Test
  void everyHostileFileIsRefusedWithAMessageAndChangesNothing() throws Exception {
    try (TestStore store = TestStore.create()) {
      store.core().beslutImport().importera("bas.csv",
          "id;lag;insats;kön;beslutsdatum\nFINNS-1;SoL;AO-SABO;K;2025-01-10\n".getBytes());
      BeslutImport importer = store.core().beslutImport();
      int[] next = {0};
      CsvFuzzer fuzzer = new CsvFuzzer(COLUMNS, r -> List.of("F-" + next[0]++, "SoL", "AO-SABO", r.nextBoolean() ? "K" : "M",
          String.valueOf(1930 + r.nextInt(80)), "2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10),
          "", r.nextBoolean() ? "PLATSBRIST" : ""), true);

      ImportFuzz.run("import beslut", store.db(), dir, fuzzer, importer::importera);
    }
  }
}
