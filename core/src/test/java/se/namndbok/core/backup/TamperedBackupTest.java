package se.namndbok.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

/**
 * Each kind of tampered or broken backup is refused before anything changes: a {@link ValidationException}
 * (exit 2 on the command line) whose Swedish message names the backup and the part that is wrong, and the
 * store exactly as it was.
 */
class TamperedBackupTest {
  @TempDir Path dir;
  private TestStore source;
  private TestStore target;
  private BackupZip good;
  private Map<String, String> before;

  @BeforeEach
  void backUp() {
    source = TestStore.create();
    target = TestStore.create();
    BackupServiceTest.fill(source);
    Path zip = dir.resolve("bra.zip");
    new BackupService(source.db(), source.clock()).backup(zip);
    good = BackupZip.read(zip);
    BackupServiceTest.fill(target);
    before = BackupServiceTest.everyRow(target);
  }

  @AfterEach
  void close() {
    source.close();
    target.close();
  }

  private void assertRefused(Path zip, String... parts) {
    assertThatThrownBy(() -> new BackupService(target.db(), target.clock()).restore(zip))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Säkerhetskopian " + zip.getFileName() + ": ")
        .hasMessageContainingAll(parts);
    assertThat(BackupServiceTest.everyRow(target)).as("the store is unchanged").isEqualTo(before);
    assertThat(target.core().sakerhetskopior().list())
        .as("nothing was replaced, so no copy of the store as it was is left behind either").isEmpty();
  }

  @Test
  void rowsMissingFromATableAreNamed() {
    Path zip = good.copy().change("tabeller/arende.json", TamperedBackupTest::dropLastRow)
        .writeConsistent(dir.resolve("rader-saknas.zip"));

    assertRefused(zip, "tabellen arende har 4 rader men innehållsförteckningen anger 5 (rader saknas)");
  }

  @Test
  void twoEntriesWithOneNameAreRefused() throws IOException {
    Path zip = good.copy().writeWithDuplicate(dir.resolve("dubblett.zip"), "tabeller/arende.json");

    assertRefused(zip, "har två poster med namnet tabeller/arende.json");
  }

  @Test
  void aTruncatedBackupIsRefusedWhereverItIsCut() throws IOException {
    byte[] whole = Files.readAllBytes(good.write(dir.resolve("hel.zip")));
    for (int percent : new int[] {10, 50, 90, 99}) {
      Path zip = Files.write(dir.resolve("avkortad-" + percent + ".zip"),
          Arrays.copyOf(whole, whole.length * percent / 100));

      assertRefused(zip, "avkortad");
    }
  }

  @Test
  void aChangedTableIsCaughtByItsChecksum() {
    Path zip = good.copy().change("tabeller/arende.json", json -> json.replace("Ärende nummer 3", "Ärende nummer X"))
        .write(dir.resolve("kontrollsumma.zip"));

    assertRefused(zip, "tabellen arende har fel kontrollsumma");
  }

  @Test
  void aChangedStoredFileIsCaughtByItsChecksum() {
    String file = good.names().stream().filter(n -> n.startsWith("filer/")).findFirst().orElseThrow();
    Path zip = good.copy().put(file, "ändrad bilaga".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .write(dir.resolve("fil.zip"));

    assertRefused(zip, "filer/", file.substring("filer/".length()));
  }

  @Test
  void anUnknownColumnIsNamed() {
    Path zip = good.copy().change("tabeller/arende.json", TamperedBackupTest::addColumn)
        .writeConsistent(dir.resolve("kolumn.zip"));

    assertRefused(zip, "tabellen arende har en okänd kolumn \"hemlig\"");
  }

  @Test
  void aRowBreakingAConstraintIsRefusedAndNothingIsRestored() {
    Path zip = good.copy().change("tabeller/arende.json", json -> json.replaceFirst("],\\[2,", "],[1,"))
        .writeConsistent(dir.resolve("villkor.zip"));

    assertRefused(zip, "tabellen arende bryter mot databasens regler", "ingenting återställdes");
  }

  @Test
  void aZipBombIsRefusedBeforeItIsExpanded() {
    byte[] zeros = new byte[40 * 1024 * 1024];
    String sha = BackupZip.sha256(zeros);
    Path zip = good.copy().put("filer/" + sha, zeros).writeConsistent(dir.resolve("bomb.zip"));

    assertRefused(zip, "filer/" + sha, "zip-bomb");
  }

  @Test
  void anEntryLargerThanTheManifestSaysStopsAtTheDeclaredSize() throws IOException {
    String file = good.names().stream().filter(n -> n.startsWith("filer/")).findFirst().orElseThrow();
    byte[] grown = new byte[2 * 1024 * 1024];
    new java.util.Random(7).nextBytes(grown);
    Path plain = good.copy().put(file, grown).write(dir.resolve("storre.zip"));
    assertRefused(plain, file + " är 2097152 byte men innehållsförteckningen anger");

    Path lying = BackupZip.declareSize(good.copy().put(file, grown).write(dir.resolve("ljuger.zip")), file, 20);
    assertRefused(lying, file + " är större än innehållsförteckningen anger (20 byte)");
  }

  @Test
  void aBackupOfAnotherSchemaVersionOrWithoutAManifestIsRefused() throws IOException {
    assertRefused(good.copy().writeWithManifest(dir.resolve("version.zip"),
        m -> m.replaceFirst("\"schemaVersion\" : \"[^\"]+\"", "\"schemaVersion\" : \"1\"")), "databasversion 1");
    assertRefused(good.copy().remove(Manifest.NAME).write(dir.resolve("utan.zip")), "namndbok-backup.json saknas");
    assertRefused(Files.writeString(dir.resolve("text.zip"), "ingen zip"), "ingen zip-fil");
  }

  @Test
  void unknownEntriesAndPathsOutsideTheBackupAreRefused() {
    assertRefused(good.copy().put("../../utanfor.txt", new byte[1]).write(dir.resolve("vag.zip")),
        "en post som inte hör till en säkerhetskopia: ../../utanfor.txt");
  }

  @Test
  void datesOutside1900To2100AreRefused() {
    Path zip = good.copy().change("tabeller/arende.json", json -> json.replaceFirst("\"2025-09-0", "\"0001-09-0"))
        .writeConsistent(dir.resolve("datum.zip"));

    assertRefused(zip, "tabellen arende", "0001-09-0", "utanför åren 1900–2100");
  }

  static String dropLastRow(String json) {
    int last = json.lastIndexOf(",[");
    return json.substring(0, last) + "]}";
  }

  static String addColumn(String json) {
    Function<String, String> rows = s -> s.replace("\"records\":[[", "\"records\":[[\"x\",").replace("],[", "],[\"x\",");
    return rows.apply(json.replace("\"fields\":[", "\"fields\":[{\"name\":\"hemlig\",\"type\":\"VARCHAR\"},"));
  }
}
