package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.CoreServices;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.PrivateFiles;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;
import se.namndbok.core.testing.TextRenderers;

/**
 * A store only its user can read (decision records 0135, 0136): a fresh data folder is 0700 with its files
 * 0600, and an encrypted store — and its backups — cannot be read without the password, not even with plain H2.
 */
class PrivateStoreTest {
  private static final String SECRET = "HEMLIG-REFERENS-4711";
  private static final char[] PASSWORD = "rätt lösenord 1".toCharArray();

  @TempDir
  Path dir;

  @Test
  void aFreshStoreIsAFolderOnlyItsUserCanEnterWithFilesOnlyItsUserCanRead() throws IOException {
    assumeTrue(PrivateFiles.posix(), "POSIX permissions (Linux, macOS)");
    Path data = dir.resolve("data");
    try (Database db = Database.openEmbedded(data)) {
      db.inTransaction(tx -> db.files().put(tx, "en bilaga".getBytes(StandardCharsets.UTF_8)));
      withSecret(db);
    }

    List<Path> all;
    try (Stream<Path> walk = Files.walk(data)) {
      all = walk.toList();
    }
    assertThat(all).anyMatch(p -> p.getFileName().toString().equals("namndbok.mv.db"))
        .anyMatch(p -> p.getParent().getFileName().toString().equals("filer") || p.toString().contains("/filer/"));
    for (Path p : all) {
      String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
      System.out.printf("%s %s%n", mode, data.relativize(p));
      assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
    }
  }

  @Test
  void aFileOrFolderOthersCouldReadAnywhereInTheDataFolderIsMadePrivateAtTheNextOpen() throws IOException {
    assumeTrue(PrivateFiles.posix(), "POSIX permissions (Linux, macOS)");
    Path data = dir.resolve("data");
    try (Database db = Database.openEmbedded(data)) {
      assertThat(db.schemaVersion()).isNotNull();
    }
    Path folder = Files.createDirectories(data.resolve("filer").resolve("ab"));
    Path file = Files.writeString(folder.resolve("kopierad.pdf"), "inlagd för hand");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    try (Database db = Database.openEmbedded(data)) {
      assertThat(db.schemaVersion()).isNotNull();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void anEncryptedStoreCannotBeOpenedWithoutItsPasswordNotEvenWithPlainH2() throws Exception {
    Path data = dir.resolve("krypterad");
    try (Database db = Database.openEmbedded(data, PASSWORD)) {
      withSecret(db);
      assertThat(db.encrypted()).isTrue();
    }
    Path file = data.resolve(EmbeddedStore.FILE);

    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET)
        .startsWith("H2encrypt");
    assertThatThrownBy(() -> Database.openEmbedded(data)).isInstanceOf(PasswordException.class)
        .hasMessageContaining("databasen i " + data + " är krypterad; ange lösenordet");
    assertThatThrownBy(() -> Database.openEmbedded(data, "fel lösenord 2".toCharArray()))
        .isInstanceOf(PasswordException.class).hasMessageContaining("fel lösenord för databasen i " + data);
    String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("namndbok") + ";IFEXISTS=TRUE";
    for (String password : List.of("", new String(PASSWORD) + " ", "namndbok")) {
      assertThatThrownBy(() -> DriverManager.getConnection(url, "namndbok", password).close())
          .as("plain H2 without CIPHER").isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> DriverManager.getConnection(url + ";CIPHER=AES", "namndbok",
          password + " " + new String(PASSWORD)).close()).as("CIPHER with the user's password, not the file key")
          .isInstanceOf(SQLException.class);
    }
    assertThatThrownBy(() -> new org.h2.tools.Shell().runTool("-url", url, "-user", "namndbok", "-password", "",
        "-sql", "SELECT COUNT(*) FROM GYNNANDE_BESLUT")).as("the H2 Shell").isInstanceOf(SQLException.class);
    try (Database db = Database.openEmbedded(data, PASSWORD)) {
      int rows = db.read(tx -> tx.dsl().fetchCount(se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT));
      assertThat(rows).isOne();
    }
  }

  @Test
  void neitherAFailedStatementNorAnEarlierTraceFileLeavesPlainTextBesideAnEncryptedStore() throws Exception {
    Path data = dir.resolve("krypterad");
    try (Database db = Database.openEmbedded(data, PASSWORD)) {
      withSecret(db);
    }
    Files.writeString(data.resolve("namndbok.trace.db"), "an earlier version's trace: " + SECRET);
    try (Database db = Database.openEmbedded(data, PASSWORD)) {
      assertThatThrownBy(() -> db.inTransaction(tx -> tx.dsl().execute(
          "SELECT * FROM GYNNANDE_BESLUT WHERE BESLUT_ID = '" + SECRET + "' AND NO_SUCH_COLUMN = 1")))
          .hasMessageContaining(SECRET);
    }

    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path p : files) {
      assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).as(data.relativize(p).toString())
          .doesNotContain(SECRET);
    }
  }

  @Test
  void theBackupOfAnEncryptedStoreIsEncryptedAndNeedsThePassword() throws Exception {
    Path zip = dir.resolve("kopia.zip");
    try (Database db = Database.openEmbedded(dir.resolve("krypterad"), PASSWORD)) {
      withSecret(db);
      new BackupService(db, se.namndbok.core.shared.Clock.system()).backup(zip);
    }

    assertThat(BackupService.isEncrypted(zip)).isTrue();
    assertThat(new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    assertThatThrownBy(() -> new ZipFile(zip.toFile()).close()).isInstanceOf(java.util.zip.ZipException.class);
    try (Database plain = Database.openEmbedded(dir.resolve("vanlig"))) {
      BackupService backups = new BackupService(plain, se.namndbok.core.shared.Clock.system());
      assertThatThrownBy(() -> backups.preview(zip, null)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("Säkerhetskopian kopia.zip: är krypterad; ange lösenordet");
      assertThatThrownBy(() -> backups.preview(zip, "fel lösenord 2".toCharArray()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("Säkerhetskopian kopia.zip");
      assertThat(backups.restore(zip, PASSWORD, se.namndbok.core.shared.Avbrott.INGET).innehall().rows())
          .containsEntry("gynnande_beslut", 1);
    }
  }

  private static void withSecret(Database db) {
    new CoreServices(db, TestStore.CLOCK, TextRenderers.create()).beslut().register(new GynnandeBeslut(SECRET,
        Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.of(2025, 1, 10), null, null, null, null, null));
  }
}
