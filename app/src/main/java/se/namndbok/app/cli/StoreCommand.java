package se.namndbok.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ParentCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.Avbrott;

/**
 * Base of the commands that work on the store: opens it, runs, closes it. A command that can be cancelled
 * ({@link #cancellable()}: the imports, restore) stops cleanly on Ctrl+C: the work stops before it commits,
 * the store is closed, "Avbrutet" is said, and the process exits 130 with nothing stored.
 */
public abstract class StoreCommand implements Callable<Integer> {
  /** The exit status after Ctrl+C (128 + SIGINT), as shells report it. */
  public static final int CANCELLED = 130;

  @ParentCommand
  private Object parent;

  private final Avbrott avbrott = new Avbrott();

  /** Runs the command as one call (one transaction) of the store's services. */
  protected abstract int run(CoreServices core) throws Exception;

  /** Whether Ctrl+C cancels this command cleanly instead of ending the process at once. */
  protected boolean cancellable() {
    return false;
  }

  /** Cancelled by Ctrl+C; the work passes it to core, which stops before committing. */
  protected Avbrott avbrott() {
    return avbrott;
  }

  @Override
  public Integer call() throws Exception {
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = cancellable() ? new Thread(() -> cancelAndWait(finished), "namndbok-avbryt") : null;
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
    NamndbokCommand root = root();
    try (Database db = open(root.store())) {
      return run(root.services(db));
    } catch (Avbrott.Avbruten e) {
      System.err.println("Avbrutet (Ctrl+C): inget sparades.");
      System.err.flush();
      return CANCELLED;
    } finally {
      finished.countDown();
      removeQuietly(hook);
    }
  }

  /** On Ctrl+C: ask the work to stop, and hold the process until it has rolled back and closed the store. */
  private void cancelAndWait(CountDownLatch finished) {
    avbrott.avbryt();
    try {
      finished.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeQuietly(Thread hook) {
    if (hook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl+C came: the hook is running and lets the process end once this command is done
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
