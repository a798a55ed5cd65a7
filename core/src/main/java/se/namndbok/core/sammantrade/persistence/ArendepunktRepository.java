package se.namndbok.core.sammantrade.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDEPUNKT;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.ArendepunktRecord;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.StatistikVal;

/** Agenda items, read in their order. */
public final class ArendepunktRepository {

  public long insert(Tx tx, long sammantradeId, int ordning, ArendepunktInnehall i) {
    ArendepunktRecord r = tx.dsl().newRecord(ARENDEPUNKT);
    r.setSammantradeId(sammantradeId).setOrdning(ordning);
    fill(r, i);
    r.store();
    return r.getId();
  }

  /** Changes the content made from version {@code expected}; false (nothing changed) when that is not current. */
  public boolean update(Tx tx, long id, int expected, ArendepunktInnehall i) {
    ArendepunktRecord r = tx.dsl().fetchSingle(ARENDEPUNKT, ARENDEPUNKT.ID.eq(id));
    if (r.getVersion() != expected) {
      return false;
    }
    fill(r, i);
    r.setVersion(expected + 1);
    return tx.dsl().update(ARENDEPUNKT).set(r).where(ARENDEPUNKT.ID.eq(id)).and(ARENDEPUNKT.VERSION.eq(expected))
        .execute() == 1;
  }

  public void setOrdning(Tx tx, long id, int ordning) {
    tx.dsl().update(ARENDEPUNKT).set(ARENDEPUNKT.ORDNING, ordning).where(ARENDEPUNKT.ID.eq(id)).execute();
  }

  public void delete(Tx tx, long id) {
    tx.dsl().deleteFrom(ARENDEPUNKT).where(ARENDEPUNKT.ID.eq(id)).execute();
  }

  public Optional<Arendepunkt> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(ARENDEPUNKT).where(ARENDEPUNKT.ID.eq(id)).fetchOptional(ArendepunktRepository::map);
  }

  public List<Arendepunkt> findBySammantrade(Tx tx, long sammantradeId) {
    return tx.dsl().selectFrom(ARENDEPUNKT).where(ARENDEPUNKT.SAMMANTRADE_ID.eq(sammantradeId))
        .orderBy(ARENDEPUNKT.ORDNING, ARENDEPUNKT.ID).fetch(ArendepunktRepository::map);
  }

  private static void fill(ArendepunktRecord r, ArendepunktInnehall i) {
    PunktTexter t = i.texter() == null ? PunktTexter.INGA : i.texter();
    r.setTyp(i.typ().name()).setArendeId(i.arendeId()).setRubrik(i.rubrik())
        .setForslagAv(i.forslagAv() == null ? null : i.forslagAv().name())
        .setForslag(t.forslag()).setSammanfattning(t.sammanfattning()).setBeskrivning(t.beskrivning())
        .setDialog(t.dialog()).setSkickasTill(t.skickasTill()).setOvrigaBeslut(t.ovrigaBeslut())
        .setSekretess(i.sekretess()).setSekretessgrundId(i.sekretess() ? i.sekretessgrundId() : null)
        .setFriklassad(!i.sekretess() && i.friklassad())
        .setStatistikLag(i.statistik() == null ? null : i.statistik().lag())
        .setStatistikKvartal(i.statistik() == null ? null : i.statistik().kvartal());
  }

  static Arendepunkt map(Record rec) {
    ArendepunktRecord r = rec.into(ARENDEPUNKT);
    PunktTexter t = new PunktTexter(r.getForslag(), r.getSammanfattning(), r.getBeskrivning(), r.getDialog(),
        r.getSkickasTill(), r.getOvrigaBeslut());
    StatistikVal s = r.getStatistikLag() == null ? null : new StatistikVal(r.getStatistikLag(), r.getStatistikKvartal());
    ArendepunktInnehall i = new ArendepunktInnehall(ArendepunktTyp.valueOf(r.getTyp()), r.getArendeId(), r.getRubrik(),
        r.getForslagAv() == null ? null : ForslagAv.valueOf(r.getForslagAv()), t, r.getSekretess(), s,
        r.getSekretessgrundId(), r.getFriklassad());
    return new Arendepunkt(r.getId(), r.getSammantradeId(), r.getOrdning(), i, r.getVersion());
  }
}
