package se.namndbok.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Database;

/** Base of the commands that work on the store: opens it, runs on its services, closes it. */
public abstract class StoreCommand implements Callable<Integer> {
  @ParentCommand
  private Object parent;

  /** Runs the command as one call (one transaction) of the store's services. */
  protected abstract int run(CoreServices core) throws Exception;

  @Override
  public Integer call() throws Exception {
    NamndbokCommand root = root();
    try (Database db = open(root.store())) {
      return run(root.services(db));
    }
  }

  /** The core's services on another store the command opened itself (migrera's target). */
  protected CoreServices services(Database db) {
    return root().services(db);
  }

  /** Opens the store the command works on; {@code server init} connects without checking the schema. */
  protected Database open(StoreOptions store) {
    return store.open();
  }

  protected NamndbokCommand root() {
    Object p = parent;
    while (!(p instanceof NamndbokCommand)) {
      if (p instanceof StoreCommand s) {
        p = s.parent;
      } else if (p instanceof GroupCommand g) {
        p = g.parent();
      } else {
        throw new IllegalStateException("command outside namndbok: " + p);
      }
    }
    return (NamndbokCommand) p;
  }

  /** A command that only groups subcommands ({@code import}, {@code export}). */
  public interface GroupCommand {
    Object parent();
  }
}
