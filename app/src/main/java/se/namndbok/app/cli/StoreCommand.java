package se.namndbok.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;
import se.namndbok.core.db.Database;

/** Base of the commands that work on the store: opens it, runs, closes it. */
public abstract class StoreCommand implements Callable<Integer> {
  @ParentCommand
  private Object parent;

  protected abstract int run(Database db) throws Exception;

  @Override
  public Integer call() throws Exception {
    try (Database db = open(root().store())) {
      return run(db);
    }
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
