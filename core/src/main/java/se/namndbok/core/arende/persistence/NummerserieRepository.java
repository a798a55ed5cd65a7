package se.namndbok.core.arende.persistence;

import static se.namndbok.core.db.generated.Tables.NUMMERSERIE;

import org.jooq.impl.DSL;
import se.namndbok.core.db.Tx;

/**
 * The per-year number series. {@link #next} updates the series row first, which locks it for the rest of
 * the transaction: a second writer waits, then gets the following number. A year's first number creates the
 * row with "insert unless present" and then updates it too, so writers that start a new year at the same
 * moment also queue on the row instead of one failing on the primary key (decision 0093).
 */
public final class NummerserieRepository {
  public static final String DIARIENUMMER = "DIARIENUMMER";
  public static final String HANDLINGSID = "HANDLINGSID";

  public int next(Tx tx, String serie, int ar) {
    if (increment(tx, serie, ar) == 0) {
      tx.dsl().insertInto(NUMMERSERIE).set(NUMMERSERIE.SERIE, serie).set(NUMMERSERIE.AR, ar)
          .set(NUMMERSERIE.SENASTE, 0).onDuplicateKeyIgnore().execute();
      increment(tx, serie, ar);
    }
    return tx.dsl().select(NUMMERSERIE.SENASTE).from(NUMMERSERIE)
        .where(NUMMERSERIE.SERIE.eq(serie).and(NUMMERSERIE.AR.eq(ar))).fetchSingle().value1();
  }

  private static int increment(Tx tx, String serie, int ar) {
    return tx.dsl().update(NUMMERSERIE).set(NUMMERSERIE.SENASTE, NUMMERSERIE.SENASTE.plus(1))
        .where(NUMMERSERIE.SERIE.eq(serie).and(NUMMERSERIE.AR.eq(ar))).execute();
  }

  /** Records that {@code number} was taken by hand (import, demo), so that {@link #next} continues after it. */
  public void reserve(Tx tx, String serie, int ar, int number) {
    int updated = tx.dsl().update(NUMMERSERIE)
        .set(NUMMERSERIE.SENASTE, DSL.greatest(NUMMERSERIE.SENASTE, DSL.val(number)))
        .where(NUMMERSERIE.SERIE.eq(serie).and(NUMMERSERIE.AR.eq(ar))).execute();
    if (updated == 0) {
      tx.dsl().insertInto(NUMMERSERIE).set(NUMMERSERIE.SERIE, serie).set(NUMMERSERIE.AR, ar)
          .set(NUMMERSERIE.SENASTE, number).execute();
    }
  }
}
