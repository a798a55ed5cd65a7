package se.namndbok.app.cli;

import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;
import se.namndbok.app.shared.DataFolders;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.OpenProgress;
import se.namndbok.core.shared.ValidationException;

/** The global options that choose the store: the embedded one in a folder, or a shared PostgreSQL database. */
public final class StoreOptions {
  public static final String PASSWORD_VARIABLE = "NAMNDBOK_DB_PASSWORD";

  @Option(names = "--data", paramLabel = "MAPP", description = "Mappen för den inbyggda databasen, filer och loggar "
      + "(standard: användarens programdatamapp).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC-URL", description = "En delad PostgreSQL-databas i stället för den inbyggda.")
  String jdbcUrl;

  @Option(names = "--db-user", paramLabel = "NAMN", description = "Användare för --db; lösenordet i miljövariabeln "
      + PASSWORD_VARIABLE + ".")
  String dbUser;

  private Function<String, String> environment = System::getenv;

  /**
   * A command on a store that must be upgraded first says so on stderr, one line per step, so that a wait of
   * minutes (a large store's first command after an update) is not taken for a hang; how far each step is, the
   * window shows.
   */
  private static final OpenProgress STEPS_ON_STDERR = new OpenProgress() {
    @Override
    public void report(String line) {
      // only the steps
    }

    @Override
    public void step(String line) {
      System.err.println(line);
    }
  };

  /** Where the passwords come from (the process environment; tests give their own). */
  void environment(Function<String, String> environment) {
    this.environment = environment;
  }

  /** A variable of the environment ({@code NAMNDBOK_DB_PASSWORD}, {@code NAMNDBOK_NYTT_LOSENORD}). */
  public String variable(String name) {
    return environment.apply(name);
  }

  public Path dataFolder() {
    return data != null ? data : DataFolders.defaultFolder();
  }

  public Database open() {
    return open(Database.Compaction.ON_CLOSE);
  }

  /**
   * {@link #open()} for a command that only reads ({@code statistik}, {@code ivo}): its close leaves H2's compaction
   * of the file to the next store that writes (decision 0155).
   */
  public Database openToRead() {
    return open(Database.Compaction.LEFT_TO_WRITERS);
  }

  private Database open(Database.Compaction compaction) {
    if (jdbcUrl == null) {
      Path folder = dataFolder();
      char[] password = Database.isEncrypted(folder) ? Passwords.current("databasen i " + folder) : null;
      return Database.openEmbedded(folder, password, STEPS_ON_STDERR, compaction);
    }
    return Database.openPostgres(checkedUrl("--db", jdbcUrl, dbUser, "--db-user"), dbUser, variable(PASSWORD_VARIABLE));
  }

  /**
   * The window's open: like {@link #open()}, but an encrypted embedded store's password comes only from the
   * environment; without it the store is refused ({@code PasswordException}) and the window asks for it itself.
   */
  public Database openForWindow(OpenProgress progress) {
    if (jdbcUrl == null) {
      Path folder = dataFolder();
      String password = Database.isEncrypted(folder) ? variable(Passwords.VARIABLE) : null;
      return Database.openEmbedded(folder, password == null ? null : password.toCharArray(), progress);
    }
    return open();
  }

  /** Opens the embedded store with a password the window asked for (the caller clears it). */
  public Database openEmbedded(char[] password, OpenProgress progress) {
    return Database.openEmbedded(dataFolder(), password, progress);
  }

  /** Connects to the shared database without checking its schema ({@code server init}). */
  public Database connect() {
    if (jdbcUrl == null) {
      throw ValidationException.of("--db", "server init gäller en PostgreSQL-databas: ange --db och --db-user");
    }
    return Database.connectPostgres(checkedUrl("--db", jdbcUrl, dbUser, "--db-user"), dbUser, variable(PASSWORD_VARIABLE));
  }

  /** Opens another shared database given by {@code --till-db}-style options (migrera). */
  public Database openShared(String option, String url, String user, String userOption) {
    return Database.openPostgres(checkedUrl(option, url, user, userOption), user, variable(PASSWORD_VARIABLE));
  }

  public boolean shared() {
    return jdbcUrl != null;
  }

  private static String checkedUrl(String option, String url, String user, String userOption) {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw ValidationException.of(option, "\"" + url + "\" är ingen PostgreSQL-adress (jdbc:postgresql://värd/databas)");
    }
    if (user == null) {
      throw ValidationException.of(userOption, "måste anges tillsammans med " + option);
    }
    return url;
  }
}
