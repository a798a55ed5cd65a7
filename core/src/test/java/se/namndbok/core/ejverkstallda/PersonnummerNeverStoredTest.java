package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.backup.BackupZip;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.PersonnummerKorpus;
import se.namndbok.core.testing.TestStore;

/**
 * The generated personnummer corpus against every way in: the import, the form's service and restore refuse
 * every spelling (and store nothing); the look-alike ids are accepted.
 */
class PersonnummerNeverStoredTest {
  private static final long SEED = Long.getLong("personnummer.seed", 19401231L);
  private static final String HEADER = "id;lag;insats;kön;beslutsdatum\n";
  @TempDir Path dir;
  private TestStore store;

  @BeforeEach
  void open() {
    store = TestStore.create();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path file(String name, List<String> ids) throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    ids.forEach(id -> csv.append(id).append(";SoL;AO-SABO;K;2025-01-10\n"));
    return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
  }

  private int stored() {
    return store.db().read(tx -> tx.dsl().fetchCount(se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT));
  }

  @Test
  void theImportRefusesEverySpellingOnItsOwnLineAndStoresNothing() throws Exception {
    List<String> corpus = PersonnummerKorpus.spellings(SEED, 8);

    assertThatThrownBy(() -> store.core().beslutImport().importera(file("pnr.csv", corpus)))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.importErrors()).as("seed %d", SEED).hasSize(corpus.size())
              .allSatisfy(err -> assertThat(err.column()).isEqualTo("id"))
              .extracting(ImportError::message).allMatch(m -> m.contains("personnummer"));
        });
    assertThat(stored()).isZero();
  }

  @Test
  void noImportMessageRepeatsASpellingFromAColumnItQuotes() throws Exception {
    List<String> corpus = PersonnummerKorpus.spellings(SEED + 2, 1);
    String header = "id;lag;insats;kön;födelseår;beslutsdatum;avslutsdatum;avslutsorsak;skäl\n";
    String good = "R-%d;SoL;AO-SABO;K;1940;2025-01-10;2025-02-10;AVLIDEN;PLATSBRIST";
    StringBuilder csv = new StringBuilder(header);
    int n = 0;
    for (String pnr : corpus) {
      for (int kolumn = 1; kolumn < 9; kolumn++) { // every column but the id, which says so without the value
        String[] cells = String.format(good, n++).split(";");
        cells[kolumn] = pnr;
        csv.append(String.join(";", cells)).append('\n');
      }
    }
    Path file = Files.writeString(dir.resolve("pnr-i-falt.csv"), csv, StandardCharsets.UTF_8);
    int rader = n;

    assertThatThrownBy(() -> store.core().beslutImport().importera(file))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.importErrors()).as("seed %d", SEED + 2).hasSizeGreaterThanOrEqualTo(rader)
              .allSatisfy(err -> {
                assertThat(err.toString()).startsWith("pnr-i-falt.csv, rad ").contains(", kolumn ");
                assertThat(se.namndbok.core.shared.Personnummer.finnsI(err.message())).as(err.toString()).isFalse();
                corpus.forEach(pnr -> assertThat(err.message()).doesNotContain(pnr.strip()));
              });
          assertThat(e.importErrors()).filteredOn(err -> "födelseår".equals(err.column()))
              .extracting(ImportError::message)
              .allMatch(m -> m.equals("värdet (som liknar ett personnummer och därför inte upprepas) är inget årtal; "
                  + "skriv fyra siffror"));
          assertThat(e.importErrors()).filteredOn(err -> "skäl".equals(err.column())).isNotEmpty()
              .extracting(ImportError::message)
              .allMatch(m -> m.startsWith("värdet (som liknar ett personnummer och därför inte upprepas) är ingen "
                  + "giltig kod; skriv "));
        });
    assertThat(stored()).isZero();
  }

  @Test
  void theImportAcceptsEveryLookAlike() throws Exception {
    List<String> lookalikes = PersonnummerKorpus.lookalikeIds(SEED, 300);

    BeslutImport.Resultat r = store.core().beslutImport().importera(file("lika.csv", lookalikes));

    assertThat(r.nya()).as("seed %d", SEED).isEqualTo(lookalikes.size());
  }

  @Test
  void theFormRefusesEverySpellingAtTheIdField() {
    BeslutService service = store.core().beslut();
    for (String pnr : PersonnummerKorpus.spellings(SEED, 3)) {
      assertThatThrownBy(() -> service.register(new GynnandeBeslut(pnr, Lag.SOL, "AO-SABO", Kon.K, null,
          LocalDate.of(2025, 1, 10), null, null, null, null, null)))
          .as(pnr).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
              .anySatisfy(f -> assertThat(f.toString()).startsWith("Id: ").contains("personnummer")));
    }
    assertThat(stored()).isZero();
  }

  @Test
  void restoreRefusesABackupHoldingAnySpelling() throws Exception {
    store.core().beslutImport().importera(file("en.csv", List.of("R-1")));
    Path zip = dir.resolve("kopia.zip");
    new BackupService(store.db(), store.clock()).backup(zip);
    BackupZip good = BackupZip.read(zip);
    for (String pnr : PersonnummerKorpus.spellings(SEED + 1, 1)) {
      Path bad = good.copy().change("tabeller/gynnande_beslut.json", json -> json.replace("\"R-1\"", quoted(pnr)))
          .writeConsistent(dir.resolve("pnr.zip"));

      assertThatThrownBy(() -> new BackupService(store.db(), store.clock()).restore(bad)).as(pnr)
          .isInstanceOf(ValidationException.class).hasMessageContaining("gynnande_beslut")
          .hasMessageContaining("personnummer");
    }
    assertThat(store.core().beslut().find("R-1")).isPresent();
    assertThat(stored()).isEqualTo(1);
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : c == '"' ? "\\\"" : String.valueOf(c));
    }
    return b.append('"').toString();
  }
}
