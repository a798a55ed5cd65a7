package se.namndbok.core.delegationsbeslut;

import static se.namndbok.core.testing.CsvFuzzer.Kind.CODE;
import static se.namndbok.core.testing.CsvFuzzer.Kind.DATE;
import static se.namndbok.core.testing.CsvFuzzer.Kind.FLAG;
import static se.namndbok.core.testing.CsvFuzzer.Kind.ID;
import static se.namndbok.core.testing.CsvFuzzer.Kind.TEXT;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.CsvFuzzer;
import se.namndbok.core.testing.CsvFuzzer.Column;
import se.namndbok.core.testing.ImportFuzz;
import se.namndbok.core.testing.TestStore;

/** {@code import delegationsbeslut} on 2,000 generated hostile files: only refusals with a message, the store unchanged. */
class DelegationsbeslutImportFuzzTest {
  private static final List<Column> COLUMNS = List.of(new Column("diarienummer", ID, true),
      new Column("handlingsid", CODE, true), new Column("delegat", CODE, true), new Column("beslutsdatum", DATE, true),
      new Column("rubrik", TEXT, true), new Column("delegationspunkt", TEXT, false),
      new Column("sekretess", FLAG, false));
  private static final List<String> DIARIENUMMER = List.of("2025/146", "2025/809", "2024/12", "2025/1130-1.1.1.7");
  private static final List<String> DELEGATER = List.of("MAS/MAR/SAS", "Verksamhetschef/avdelningschef");

  @TempDir Path dir;

  @Test
  void everyHostileFileIsRefusedWithAMessageAndChangesNothing() throws Exception {
    try (TestStore store = TestStore.create()) {
      BoardFixture f = new BoardFixture(store);
      f.namnd();
      f.mote("2025-11-20", SammantradeStatus.PLANERAT);
      f.arende("2025/146", "Digitalt föräldraskapsstöd");
      var importer = store.core().delegationsbeslutImport();
      CsvFuzzer fuzzer = new CsvFuzzer(COLUMNS, r -> List.of(DIARIENUMMER.get(r.nextInt(DIARIENUMMER.size())), "",
          DELEGATER.get(r.nextInt(DELEGATER.size())), "2025-09-" + (10 + r.nextInt(19)),
          "Beslut om " + List.of("hemtjänst", "upphandling", "färdtjänst", "Lex Sarah – bedömning").get(r.nextInt(4)),
          r.nextBoolean() ? "4.2" : "", r.nextBoolean() ? "ja" : "nej"), false);

      ImportFuzz.run("import delegationsbeslut", store.db(), dir, fuzzer, importer::importera);
    }
  }
}
