package se.namndbok.app.testing;

import se.namndbok.app.CoreWiring;
import se.namndbok.core.CoreServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import se.namndbok.app.Commands;
import se.namndbok.core.db.Database;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.shared.Clock;

/**
 * For command tests: a data folder with a nämnd (and what {@code setUp} adds), the real command line run against
 * it, and what it writes to stderr. Close it after the test to give stderr back.
 */
public final class CommandLineStore implements AutoCloseable {
  private final Path data;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream originalErr = System.err;

  private CommandLineStore(Path data) {
    this.data = data;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** A store in {@code dir/data} with the Socialnämnden of Luleå, then {@code setUp}'s additions. */
  public static CommandLineStore create(Path dir, Consumer<CoreServices> setUp) {
    Path data = dir.resolve("data");
    try (Database db = Database.openEmbedded(data)) {
      CoreServices core = CoreWiring.build(db, Clock.system());
      core.namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
      setUp.accept(core);
    }
    return new CommandLineStore(data);
  }

  /** Runs {@code namndbok --data DIR args...}; a command must not open the window. */
  public int run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Commands.run(store -> {
      throw new AssertionError("no window for a command");
    }, all);
  }

  /** Reads the store after a command. */
  public <T> T read(Function<CoreServices, T> query) {
    try (Database db = Database.openEmbedded(data)) {
      return query.apply(CoreWiring.build(db, Clock.system()));
    }
  }

  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setErr(originalErr);
  }
}
