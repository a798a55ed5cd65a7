package se.namndbok.app.shared;

import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.db.Database;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.shared.Clock;

/** The core services the window uses, wired once from the open store; add a service here, one line. */
public final class AppServices {
  private final Database database;
  private final Clock clock;
  private final ArendeService arenden;
  private final NamndService namnder;

  public AppServices(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.arenden = new ArendeService(database, database.files(), clock);
    this.namnder = new NamndService(database, clock);
  }

  public Database database() {
    return database;
  }

  public Clock clock() {
    return clock;
  }

  public ArendeService arenden() {
    return arenden;
  }

  public NamndService namnder() {
    return namnder;
  }
}
