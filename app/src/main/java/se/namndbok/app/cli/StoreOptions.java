package se.namndbok.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.namndbok.app.shared.DataFolders;
import se.namndbok.core.db.Database;
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

  public Path dataFolder() {
    return data != null ? data : DataFolders.defaultFolder();
  }

  public Database open() {
    if (jdbcUrl == null) {
      Path folder = dataFolder();
      char[] password = Database.isEncrypted(folder) ? Passwords.current("databasen i " + folder) : null;
      return Database.openEmbedded(folder, password);
    }
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw ValidationException.of("--db", "\"" + jdbcUrl + "\" är ingen PostgreSQL-adress (jdbc:postgresql://värd/databas)");
    }
    if (dbUser == null) {
      throw ValidationException.of("--db-user", "måste anges tillsammans med --db");
    }
    return Database.openPostgres(jdbcUrl, dbUser, System.getenv(PASSWORD_VARIABLE), dataFolder().resolve("filer"));
  }
}
