package se.namndbok.core.ejverkstallda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import se.namndbok.core.db.Transactions;

/**
 * The demo board's statistics: the individual decisions behind §§ 73–74 of the reference kallelse, and the
 * reports for 2024Q4 and 2025Q1 frozen as the board approved them (see docs/decisions/0010).
 */
public final class EjVerkstalldaDemo {
  public static final String RESURS = "/demo/gynnande-beslut.csv";
  /** When the demo board approved the two earlier quarters' reports. */
  static final LocalDateTime FASTSTALLD_2024Q4 = LocalDateTime.of(2025, 2, 20, 13, 0);
  static final LocalDateTime FASTSTALLD_2025Q1 = LocalDateTime.of(2025, 5, 22, 13, 0);

  private final Transactions transactions;
  private final BeslutImport beslut;
  private final KvartalsrapportService rapporter;

  public EjVerkstalldaDemo(Transactions transactions, BeslutImport beslut, KvartalsrapportService rapporter) {
    this.transactions = transactions;
    this.beslut = beslut;
    this.rapporter = rapporter;
  }

  /** Imports the decisions and freezes 2024Q4 and 2025Q1 for SoL and LSS, in one transaction. */
  public BeslutImport.Resultat load() {
    return transactions.inTransaction(tx -> {
      BeslutImport.Resultat r = beslut.importera("gynnande-beslut.csv", csv());
      for (Lag lag : Lag.values()) {
        rapporter.faststall(lag, Kvartal.parse("2024Q4"), FASTSTALLD_2024Q4);
        rapporter.faststall(lag, Kvartal.parse("2025Q1"), FASTSTALLD_2025Q1);
      }
      return r;
    });
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
