package se.namndbok.core.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** The Flyway scripts: applied to the embedded store at every start, to the shared one by its owner only. */
final class Migrations {
  private Migrations() {}

  private static Flyway flyway(DataSource ds, boolean shared) {
    var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true);
    // A läsare's search_path starts with the masking views (decision 0091): the history lives in public.
    return (shared ? config.schemas("public") : config).load();
  }

  static String migrate(DataSource ds, boolean shared) {
    Flyway flyway = flyway(ds, shared);
    flyway.migrate();
    return version(flyway.info().current());
  }

  /** Checks that a shared schema is exactly the one this program expects; returns its version. */
  static String check(DataSource ds, String url) {
    MigrationInfoService info = flyway(ds, true).info();
    MigrationInfo current = info.current();
    if (current == null) {
      throw new StoreConnectionException("Databasen " + url + " är inte förberedd för Nämndbok. Den som äger "
          + "databasen kör en gång: namndbok --db " + url + " --db-user ÄGARE server init");
    }
    if (current.getState() == MigrationState.FUTURE_SUCCESS) {
      throw new StoreConnectionException("Databasen " + url + " har uppgraderats av en nyare Nämndbok (version "
          + version(current) + "). Uppdatera programmet.");
    }
    if (info.pending().length > 0) {
      throw new StoreConnectionException("Databasen " + url + " har version " + version(current) + " men den här "
          + "Nämndbok behöver version " + version(info.pending()[info.pending().length - 1]) + ". Den som äger "
          + "databasen uppgraderar den med: namndbok --db " + url + " --db-user ÄGARE server init");
    }
    return version(current);
  }

  private static String version(MigrationInfo m) {
    return m == null ? "0" : m.getVersion().getVersion();
  }
}
