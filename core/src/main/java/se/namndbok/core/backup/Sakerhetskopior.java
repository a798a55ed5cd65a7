package se.namndbok.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.PrivateFiles;

/**
 * The embedded store's automatic backups (decision record 0139): one a day, {@code namndbok-ÅÅÅÅ-MM-DD.zip} in the
 * data folder's private {@code sakerhetskopior/}, in the verified backup format (0131, encrypted when the store
 * is), the newest {@value #BEHALL} kept. A backup reads one REPEATABLE READ snapshot while others go on writing;
 * only a long write (an import, a restore) waits until it is done. Beside them, the store as it was before each
 * restore ({@code namndbok-fore-aterstallning-ÅÅÅÅ-MM-DD-TTMMSS.zip}, the newest {@value #BEHALL} kept), so that a
 * restore never loses the day's work without a way back. The shared store has none: its server's own backups are
 * the database administrator's.
 */
public final class Sakerhetskopior {
  public static final String MAPP = "sakerhetskopior";
  public static final int BEHALL = 14;
  private static final Logger LOG = LoggerFactory.getLogger(Sakerhetskopior.class);
  private static final Pattern NAMN = Pattern.compile("namndbok-(\\d{4}-\\d{2}-\\d{2})\\.zip");
  private static final Pattern FORE = Pattern.compile(
      "namndbok-fore-aterstallning-(\\d{4}-\\d{2}-\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-\\d+)?\\.zip");
  private static final java.time.format.DateTimeFormatter FORE_TID =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

  /** An automatic backup (one a day) or the store as it was before a restore. */
  public enum Slag { AUTOMATISK, FORE_ATERSTALLNING }

  /**
   * One backup in the folder, for a list to choose from: its file and kind, when it was made (from its
   * manifest, else from its name), what it holds (from its manifest only; null when that cannot be read, e.g.
   * encrypted with an earlier password) and its size in bytes.
   */
  public record Kopia(Path fil, Slag slag, LocalDateTime gjord, BackupSummary innehall, long storlek) {}

  private final Database db;
  private final Clock clock;

  public Sakerhetskopior(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The folder of the automatic backups, or empty for the shared store. */
  public Optional<Path> folder() {
    return folder(db);
  }

  private static Optional<Path> folder(Database db) {
    return db.shared() || db.folder() == null ? Optional.empty() : Optional.of(db.folder().resolve(MAPP));
  }

  /**
   * Makes today's backup unless it exists, then removes the oldest beyond {@value #BEHALL}; returns the new one
   * (empty when there was one already, or for the shared store). Safe to call from several threads. A backup left
   * plain beside an encrypted store (a password change interrupted) is encrypted first.
   */
  public synchronized Optional<Path> makeTodaysIfMissing() {
    Optional<Path> folder = folder();
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    PrivateFiles.secureFolder(folder.get()); // created if missing; the backups hold everything the store does
    followEncryption();
    Path today = folder.get().resolve("namndbok-" + clock.today() + ".zip");
    if (Files.exists(today)) {
      return Optional.empty();
    }
    BackupSummary s = new BackupWriter(db, clock).write(today, db.password(), true);
    LOG.info("Automatisk säkerhetskopia {} ({} rader, {} filer)", today.getFileName(), s.totalRows(), s.files());
    rotate(folder.get(), Slag.AUTOMATISK);
    return Optional.of(today);
  }

  /**
   * Writes the store as it is now beside the automatic backups, named for the moment, before a restore replaces it
   * ({@link BackupService#restore}, inside its long write, so nothing slips in between); empty for the shared store.
   * Static, so not under this object's lock: the daily backup waits for the long write this runs in while it holds
   * that lock.
   */
  static Optional<Path> makeBeforeRestore(Database db, Clock clock) {
    Optional<Path> folder = folder(db);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    PrivateFiles.secureFolder(folder.get());
    String name = "namndbok-fore-aterstallning-" + clock.now().format(FORE_TID);
    Path file = folder.get().resolve(name + ".zip");
    for (int n = 2; Files.exists(file); n++) { // two restores within a second
      file = folder.get().resolve(name + "-" + n + ".zip");
    }
    BackupSummary s = new BackupWriter(db, clock).write(file, db.password(), true);
    LOG.info("Säkerhetskopia före återställningen: {} ({} rader, {} filer)", file.getFileName(), s.totalRows(),
        s.files());
    rotate(folder.get(), Slag.FORE_ATERSTALLNING);
    return Optional.of(file);
  }

  /**
   * What {@link #changePassword} did to the automatic backups: those now in the store's new form (encrypted with
   * its new password, or plain when the encryption was removed), and those left as they were because they are
   * encrypted with a password the store no longer had (an earlier one) — they still need that password.
   */
  public record Omkrypterade(int omskrivna, int lamnade) {}

  /**
   * Encrypts the store with {@code newPassword}, changes its password, or (null) removes the encryption
   * ({@link Database#changePassword}), and then gives the automatic backups the same form: an earlier backup left
   * plain beside an encrypted store held everything the store holds, readable by anyone who could read the folder
   * (found by a walk). Each backup is rewritten beside itself and moved over the old one, so a crash leaves it
   * whole in one form or the other; a plain backup beside an encrypted store is encrypted at the next start
   * ({@link #makeTodaysIfMissing}). Backups saved elsewhere by the user are theirs and unchanged.
   */
  public synchronized Omkrypterade changePassword(char[] newPassword) {
    char[] old = db.password();
    try {
      db.changePassword(newPassword);
      int rewritten = 0;
      int left = 0;
      for (Path backup : list()) {
        switch (reencrypt(backup, old, newPassword)) {
          case REWRITTEN -> rewritten++;
          case LEFT -> left++;
          case UNCHANGED -> { }
        }
      }
      return new Omkrypterade(rewritten, left);
    } finally {
      if (old != null) {
        java.util.Arrays.fill(old, '\0');
      }
    }
  }

  /** Encrypts, with the store's password, each automatic backup left plain beside an encrypted store. */
  private void followEncryption() {
    char[] password = db.password();
    if (password == null) {
      return;
    }
    try {
      for (Path backup : list()) {
        reencrypt(backup, null, password);
      }
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  private enum Utfall { REWRITTEN, LEFT, UNCHANGED }

  /**
   * Rewrites {@code backup} from {@code old} (its password, null: plain) to {@code password} (null: plain).
   * A backup encrypted with another password than {@code old} is left as it is.
   */
  private Utfall reencrypt(Path backup, char[] old, char[] password) {
    boolean encrypted;
    try {
      encrypted = BackupCipher.isEncrypted(backup);
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte läsa säkerhetskopian " + backup, e);
    }
    if (!encrypted && password == null || encrypted && old == null) {
      return encrypted ? Utfall.LEFT : Utfall.UNCHANGED;
    }
    Path work = WorkFolder.create(db, backup);
    try {
      Path rewritten = work.resolve(backup.getFileName());
      try (InputStream in = Files.newInputStream(backup);
          OutputStream file = Files.newOutputStream(rewritten);
          OutputStream out = password == null ? file : BackupCipher.encrypting(file, password)) {
        if (encrypted) {
          BackupCipher.decrypt(in, out, old);
        } else {
          in.transferTo(out);
        }
      } catch (BackupCipher.Refused e) {
        LOG.warn("Säkerhetskopian {} är krypterad med ett tidigare lösenord och lämnades som den var ({})",
            backup.getFileName(), e.getMessage());
        return Utfall.LEFT;
      }
      PrivateFiles.restrict(rewritten);
      Files.move(rewritten, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      LOG.info("Säkerhetskopian {} är nu {}", backup.getFileName(), password == null ? "okrypterad" : "krypterad");
      return Utfall.REWRITTEN;
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skriva om säkerhetskopian " + backup, e);
    } finally {
      WorkFolder.delete(work);
    }
  }

  /** The automatic backups and those made before a restore, newest first (by the moment in their names). */
  public List<Path> list() {
    return folder().map(Sakerhetskopior::list).orElse(List.of());
  }

  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> tid(f) != null)
          .sorted(Comparator.comparing(Sakerhetskopior::tid)
          .thenComparing(f -> f.getFileName().toString().length()).reversed()).toList(); // "-2": the later
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte läsa " + folder, e);
    }
  }

  /**
   * {@link #list()} with what each holds, read from its manifest only (for an encrypted backup with the store's
   * password, only up to the manifest), for the restore dialog's list.
   */
  public List<Kopia> kopior() {
    char[] password = db.password();
    try {
      return list().stream().map(f -> kopia(f, password)).toList();
    } finally {
      if (password != null) {
        java.util.Arrays.fill(password, '\0');
      }
    }
  }

  private static Kopia kopia(Path file, char[] password) {
    Manifest m = ManifestPeek.read(file, password);
    LocalDateTime gjord = tid(file);
    if (m != null && m.skapad() != null) {
      try {
        gjord = LocalDateTime.parse(m.skapad());
      } catch (java.time.DateTimeException e) {
        // the name's moment
      }
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1;
    }
    return new Kopia(file, slag(file), gjord, m == null ? null : BackupSummary.of(m), size);
  }

  /** The day an automatic backup was made, from its name; null for any other file. */
  public static LocalDate date(Path file) {
    Matcher m = NAMN.matcher(file.getFileName().toString());
    try {
      return m.matches() ? LocalDate.parse(m.group(1)) : null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The kind of a backup in the folder, from its name; null for any other file. */
  public static Slag slag(Path file) {
    if (date(file) != null) {
      return Slag.AUTOMATISK;
    }
    return fore(file) != null ? Slag.FORE_ATERSTALLNING : null;
  }

  /** The moment in a backup's name: an automatic one's day (its start), a restore's second; null for others. */
  private static LocalDateTime tid(Path file) {
    LocalDate day = date(file);
    return day != null ? day.atStartOfDay() : fore(file);
  }

  private static LocalDateTime fore(Path file) {
    Matcher m = FORE.matcher(file.getFileName().toString());
    try {
      return m.matches() ? LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))) : null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static void rotate(Path folder, Slag slag) {
    List<Path> all = list(folder).stream().filter(f -> slag(f) == slag).toList();
    for (Path old : all.subList(Math.min(BEHALL, all.size()), all.size())) {
      try {
        Files.deleteIfExists(old);
        LOG.info("Tog bort den äldsta säkerhetskopian {}", old.getFileName());
      } catch (IOException e) {
        LOG.warn("Kunde inte ta bort den gamla säkerhetskopian {}", old, e);
      }
    }
  }
}
