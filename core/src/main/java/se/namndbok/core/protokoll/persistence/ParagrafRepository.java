package se.namndbok.core.protokoll.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDEPUNKT;
import static se.namndbok.core.db.generated.Tables.PARAGRAF;
import static se.namndbok.core.db.generated.Tables.PARAGRAFSERIE;
import static se.namndbok.core.db.generated.Tables.PROTOKOLL;
import static se.namndbok.core.db.generated.Tables.SAMMANTRADE;

import java.time.LocalDate;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import se.namndbok.core.db.Tx;
import se.namndbok.core.protokoll.Paragraf;
import se.namndbok.core.sammantrade.Sammantrade;

/** The paragraf of each agenda item, and the § numbers other meetings of the same organ and year have used. */
public final class ParagrafRepository {

  public Optional<Paragraf> find(Tx tx, long arendepunktId) {
    return tx.dsl().selectFrom(PARAGRAF).where(PARAGRAF.ARENDEPUNKT_ID.eq(arendepunktId))
        .fetchOptional(r -> new Paragraf(r.getArendepunktId(), r.getNummer(), r.getBeslut(), r.getBeslutsgang(),
            r.getVersion()));
  }

  /** Stores the paragraf with the version it carries (the service raises it when the beslut changes). */
  public void save(Tx tx, Paragraf p) {
    int updated = tx.dsl().update(PARAGRAF).set(PARAGRAF.NUMMER, p.nummer()).set(PARAGRAF.BESLUT, p.beslut())
        .set(PARAGRAF.BESLUTSGANG, p.beslutsgang()).set(PARAGRAF.VERSION, p.version())
        .where(PARAGRAF.ARENDEPUNKT_ID.eq(p.arendepunktId())).execute();
    if (updated == 0) {
      tx.dsl().insertInto(PARAGRAF).set(PARAGRAF.ARENDEPUNKT_ID, p.arendepunktId()).set(PARAGRAF.NUMMER, p.nummer())
          .set(PARAGRAF.BESLUT, p.beslut()).set(PARAGRAF.BESLUTSGANG, p.beslutsgang()).set(PARAGRAF.VERSION, p.version())
          .execute();
    }
  }

  /**
   * Locks the organ's § series for the year until the transaction ends, so that two users numbering meetings
   * of the same organ at once take turns and never read the same highest § (decision 0093).
   */
  public void lockSeries(Tx tx, Sammantrade s) {
    String organ = s.utskottId() == null ? "NAMND-" + s.namndId() : "UTSKOTT-" + s.utskottId();
    int ar = s.datum().getYear();
    tx.dsl().insertInto(PARAGRAFSERIE).set(PARAGRAFSERIE.ORGAN, organ).set(PARAGRAFSERIE.AR, ar)
        .onDuplicateKeyIgnore().execute();
    tx.dsl().update(PARAGRAFSERIE).set(PARAGRAFSERIE.AR, PARAGRAFSERIE.AR)
        .where(PARAGRAFSERIE.ORGAN.eq(organ).and(PARAGRAFSERIE.AR.eq(ar))).execute();
  }

  /** The highest § of the organ's meetings held earlier in the same calendar year, or 0. */
  public int maxBefore(Tx tx, Sammantrade s) {
    return max(tx, year(s).and(SAMMANTRADE.DATUM.lt(s.datum())), s);
  }

  /**
   * The lowest § of the organ's meetings held later in the same calendar year, if any: its first stored item's §,
   * less the opening §§ when its protokoll has them (they are not stored per item, decision 0114).
   */
  public Optional<Later> firstAfter(Tx tx, Sammantrade s) {
    Record r = tx.dsl().select(SAMMANTRADE.DATUM, PARAGRAF.NUMMER, PROTOKOLL.INLEDNING).from(PARAGRAF).join(ARENDEPUNKT)
        .on(ARENDEPUNKT.ID.eq(PARAGRAF.ARENDEPUNKT_ID)).join(SAMMANTRADE).on(SAMMANTRADE.ID.eq(ARENDEPUNKT.SAMMANTRADE_ID))
        .leftJoin(PROTOKOLL).on(PROTOKOLL.SAMMANTRADE_ID.eq(SAMMANTRADE.ID))
        .where(organ(s)).and(year(s)).and(SAMMANTRADE.DATUM.gt(s.datum())).and(PARAGRAF.NUMMER.isNotNull())
        .orderBy(PARAGRAF.NUMMER).limit(1).fetchOne();
    if (r == null) {
      return Optional.empty();
    }
    int inledning = Boolean.TRUE.equals(r.get(PROTOKOLL.INLEDNING)) ? se.namndbok.core.protokoll.Protokoll.INLEDANDE_PARAGRAFER : 0;
    return Optional.of(new Later(r.get(SAMMANTRADE.DATUM), r.get(PARAGRAF.NUMMER) - inledning));
  }

  /** A later meeting's date and its first §. */
  public record Later(LocalDate datum, int nummer) {}

  private static int max(Tx tx, Condition when, Sammantrade s) {
    Integer max = tx.dsl().select(org.jooq.impl.DSL.max(PARAGRAF.NUMMER)).from(PARAGRAF).join(ARENDEPUNKT)
        .on(ARENDEPUNKT.ID.eq(PARAGRAF.ARENDEPUNKT_ID)).join(SAMMANTRADE).on(SAMMANTRADE.ID.eq(ARENDEPUNKT.SAMMANTRADE_ID))
        .where(organ(s)).and(when).fetchOne(0, Integer.class);
    return max == null ? 0 : max;
  }

  private static Condition organ(Sammantrade s) {
    Condition namnd = SAMMANTRADE.NAMND_ID.eq(s.namndId());
    return s.utskottId() == null ? namnd.and(SAMMANTRADE.UTSKOTT_ID.isNull()) : namnd.and(SAMMANTRADE.UTSKOTT_ID.eq(s.utskottId()));
  }

  private static Condition year(Sammantrade s) {
    int y = s.datum().getYear();
    return SAMMANTRADE.DATUM.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
  }
}
