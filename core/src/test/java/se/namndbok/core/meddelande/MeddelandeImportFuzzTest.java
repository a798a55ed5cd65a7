package se.namndbok.core.meddelande;

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

/** {@code import meddelanden} on 2,000 generated hostile files: only refusals with a message, the store unchanged. */
class MeddelandeImportFuzzTest {
  private static final List<Column> COLUMNS = List.of(new Column("avsandare", TEXT, true), new Column("datum", DATE, true),
      new Column("amne", TEXT, true), new Column("diarienummer", ID, true), new Column("handlingsid", CODE, true),
      new Column("paragraf", TEXT, false), new Column("sekretess", FLAG, false));
  private static final List<String> AVSANDARE = List.of("Kommunfullmäktige", "Patientnämnden", "Regionstyrelsen",
      "Hjälpmedelsnämnden");

  @TempDir Path dir;

  @Test
  void everyHostileFileIsRefusedWithAMessageAndChangesNothing() throws Exception {
    try (TestStore store = TestStore.create()) {
      BoardFixture f = new BoardFixture(store);
      f.namnd();
      f.mote("2025-11-20", SammantradeStatus.PLANERAT);
      f.arende("2025/1130", "Redovisning av meddelanden oktober 2025");
      var importer = store.core().meddelandeImport();
      CsvFuzzer fuzzer = new CsvFuzzer(COLUMNS, r -> List.of(AVSANDARE.get(r.nextInt(AVSANDARE.size())),
          "2025-09-" + (10 + r.nextInt(19)), "Protokoll " + (1 + r.nextInt(40)), "2025/1130", "",
          r.nextBoolean() ? "§ " + (100 + r.nextInt(80)) : "", r.nextBoolean() ? "ja" : "nej"), false);

      ImportFuzz.run("import meddelanden", store.db(), dir, fuzzer, importer::importera);
    }
  }
}
