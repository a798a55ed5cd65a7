package se.namndbok.app.demo;

import java.util.function.Function;
import se.namndbok.core.db.Database;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.demo.DemoResultat;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.shared.Clock;

/**
 * Fills an empty store with the demo board in ONE transaction, whole or not at all also when the process is
 * killed ({@code Database.whole}): the board and its meetings, the individual
 * gynnande beslut with the frozen quarters behind §§ 73–74, and the attachments, generated as PDF/A. An
 * interrupted or refused install leaves the store empty.
 */
public final class DemoLoader implements se.namndbok.app.shared.DemoInstaller {
  private final Function<DemoBilaga, byte[]> attachments;
  private final Clock clock;

  /** {@code attachments} makes the PDF of each attachment the reference kallelse has after an item. */
  public DemoLoader(Function<DemoBilaga, byte[]> attachments, Clock clock) {
    this.attachments = attachments;
    this.clock = clock;
  }

  /** The loader the program uses: attachments generated as tagged PDF/A, today's date from the system clock. */
  public static DemoLoader standard() {
    return new DemoLoader(se.namndbok.reports.demo.DemoBilagaPdf::of, Clock.system());
  }

  @Override
  public void install(Database db) {
    load(db);
  }

  public DemoResultat load(Database db) {
    DemoBoard board = new DemoBoard(db, db.files(), clock);
    return db.whole(() -> db.inTransaction(tx -> {
      DemoResultat result = board.load(tx);
      EjVerkstalldaDemo.load(tx, clock);
      for (DemoBilaga b : result.bilagor()) {
        board.attach(tx, b, attachments.apply(b));
      }
      return result;
    }));
  }
}
