package se.namndbok.app.demo;

import java.util.function.Function;
import se.namndbok.core.db.Database;
import se.namndbok.core.demo.DemoBilaga;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.demo.DemoResultat;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.shared.Clock;

/**
 * Fills an empty store with the demo board in ONE transaction: the board and its meetings, the individual
 * gynnande beslut with the frozen quarters behind §§ 73–74, and the attachments, generated as PDF/A. An
 * interrupted or refused install leaves the store empty.
 */
public final class DemoInstaller {
  private final Function<DemoBilaga, byte[]> attachments;

  /** {@code attachments} makes the PDF of each attachment the reference kallelse has after an item. */
  public DemoInstaller(Function<DemoBilaga, byte[]> attachments) {
    this.attachments = attachments;
  }

  public DemoResultat install(Database db, Clock clock) {
    DemoBoard board = new DemoBoard(db, db.files(), clock);
    return db.inTransaction(tx -> {
      DemoResultat result = board.load(tx);
      EjVerkstalldaDemo.load(tx, clock);
      for (DemoBilaga b : result.bilagor()) {
        board.attach(tx, b, attachments.apply(b));
      }
      return result;
    });
  }
}
