package se.namndbok.core.sammantrade.persistence;

import static se.namndbok.core.db.generated.Tables.MOTESSTANDARD;
import static se.namndbok.core.db.generated.Tables.SAMMANTRADESPLAN;
import static se.namndbok.core.db.generated.Tables.STANDARDPUNKT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Motesstandard;
import se.namndbok.core.sammantrade.Planrad;

/** The board's meeting defaults and its meeting plan. */
public final class MotesstandardRepository {

  public Optional<Motesstandard> find(Tx tx, long namndId) {
    return tx.dsl().selectFrom(MOTESSTANDARD).where(MOTESSTANDARD.NAMND_ID.eq(namndId)).fetchOptional()
        .map(r -> new Motesstandard(r.getTid(), r.getPlats(), punkter(tx, namndId)));
  }

  private List<ArendepunktTyp> punkter(Tx tx, long namndId) {
    return tx.dsl().select(STANDARDPUNKT.TYP).from(STANDARDPUNKT).where(STANDARDPUNKT.NAMND_ID.eq(namndId))
        .orderBy(STANDARDPUNKT.ORDNING).fetch(r -> ArendepunktTyp.valueOf(r.value1()));
  }

  public void save(Tx tx, long namndId, Motesstandard m) {
    int updated = tx.dsl().update(MOTESSTANDARD).set(MOTESSTANDARD.TID, m.tid()).set(MOTESSTANDARD.PLATS, m.plats())
        .where(MOTESSTANDARD.NAMND_ID.eq(namndId)).execute();
    if (updated == 0) {
      tx.dsl().insertInto(MOTESSTANDARD).set(MOTESSTANDARD.NAMND_ID, namndId).set(MOTESSTANDARD.TID, m.tid())
          .set(MOTESSTANDARD.PLATS, m.plats()).execute();
    }
    tx.dsl().deleteFrom(STANDARDPUNKT).where(STANDARDPUNKT.NAMND_ID.eq(namndId)).execute();
    for (int i = 0; i < m.punkter().size(); i++) {
      tx.dsl().insertInto(STANDARDPUNKT).set(STANDARDPUNKT.NAMND_ID, namndId).set(STANDARDPUNKT.ORDNING, i + 1)
          .set(STANDARDPUNKT.TYP, m.punkter().get(i).name()).execute();
    }
  }

  /** The plan's dates in order. */
  public List<Planrad> plan(Tx tx, long namndId) {
    return tx.dsl().selectFrom(SAMMANTRADESPLAN).where(SAMMANTRADESPLAN.NAMND_ID.eq(namndId))
        .orderBy(SAMMANTRADESPLAN.DATUM).fetch(r -> new Planrad(r.getDatum(), r.getTid(), r.getPlats()));
  }

  public void insert(Tx tx, long namndId, Planrad p) {
    tx.dsl().insertInto(SAMMANTRADESPLAN).set(SAMMANTRADESPLAN.NAMND_ID, namndId)
        .set(SAMMANTRADESPLAN.DATUM, p.datum()).set(SAMMANTRADESPLAN.TID, p.tid())
        .set(SAMMANTRADESPLAN.PLATS, p.plats()).execute();
  }

  public int delete(Tx tx, long namndId, LocalDate datum) {
    return tx.dsl().deleteFrom(SAMMANTRADESPLAN)
        .where(SAMMANTRADESPLAN.NAMND_ID.eq(namndId).and(SAMMANTRADESPLAN.DATUM.eq(datum))).execute();
  }

  /** Removes every date of the given years (a plan file replaces its years). */
  public void deleteYears(Tx tx, long namndId, Collection<Integer> years) {
    for (int year : years) {
      tx.dsl().deleteFrom(SAMMANTRADESPLAN).where(SAMMANTRADESPLAN.NAMND_ID.eq(namndId))
          .and(SAMMANTRADESPLAN.DATUM.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).execute();
    }
  }
}
