package se.namndbok.app;

import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.Clock;

/** The one place the program builds the core's composition root on an opened store, for the window and commands. */
public final class CoreWiring {
  private CoreWiring() {}

  public static CoreServices build(Database store, Clock clock) {
    return new CoreServices(store, clock);
  }
}
