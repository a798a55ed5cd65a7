package se.namndbok.core.ejverkstallda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.Clock;

/**
 * The demo board's statistics: the individual decisions behind §§ 73–74 of the reference kallelse, and the
 * reports for 2024Q4 and 2025Q1 frozen as the board approved them (see docs/decisions/0010).
 */
public final class EjVerkstalldaDemo {
  public static final String RESURS = "/demo/gynnande-beslut.csv";
  /** When the demo board approved the two earlier quarters' reports. */
  static final LocalDateTime FASTSTALLD_2024Q4 = LocalDateTime.of(2025, 2, 20, 13, 0);
  static final LocalDateTime FASTSTALLD_2025Q1 = LocalDateTime.of(2025, 5, 22, 13, 0);

  private EjVerkstalldaDemo() {}

  /** Imports the decisions and freezes 2024Q4 and 2025Q1 for SoL and LSS in the caller's transaction. */
  public static BeslutImport.Resultat load(Tx tx, Clock clock) {
    Transactions inCallersTx = new Transactions() {
      @Override
      public <T> T inTransaction(java.util.function.Function<Tx, T> work) {
        return work.apply(tx);
      }
    };
    BeslutImport.Resultat r = new BeslutImport(inCallersTx, clock).importera(tx, "gynnande-beslut.csv", csv());
    KvartalsrapportService rapporter = new KvartalsrapportService(inCallersTx, clock);
    for (Lag lag : Lag.values()) {
      rapporter.faststall(tx, lag, Kvartal.parse("2024Q4"), FASTSTALLD_2024Q4);
      rapporter.faststall(tx, lag, Kvartal.parse("2025Q1"), FASTSTALLD_2025Q1);
    }
    return r;
  }

  static byte[] csv() {
    try (InputStream in = EjVerkstalldaDemo.class.getResourceAsStream(RESURS)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing: " + RESURS);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
