package se.namndbok.core.protokoll.persistence;

import static se.namndbok.core.db.generated.Tables.PARAGRAF;
import static se.namndbok.core.db.generated.Tables.PARAGRAF_POST;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.ParagrafPostRecord;
import se.namndbok.core.protokoll.Behandling;

/**
 * How a § was handled: the paragraf's propositionsordning and omröstning columns and its person-linked rows
 * (yrkande, reservation, jäv, protokollsanteckning, röst), replaced as a whole with the beslut.
 */
public final class BehandlingRepository {
  private static final String YRKANDE = "YRKANDE";
  private static final String RESERVATION = "RESERVATION";
  private static final String JAV = "JAV";
  private static final String ANTECKNING = "ANTECKNING";
  private static final String ROST = "ROST";

  public Behandling find(Tx tx, long arendepunktId) {
    Record p = tx.dsl().select(PARAGRAF.PROPOSITIONSORDNING, PARAGRAF.OMROSTNING_JA, PARAGRAF.OMROSTNING_NEJ,
            PARAGRAF.BESLUT_OFFENTLIGT)
        .from(PARAGRAF).where(PARAGRAF.ARENDEPUNKT_ID.eq(arendepunktId)).fetchOne();
    if (p == null) {
      return Behandling.INGEN;
    }
    List<ParagrafPostRecord> rows = tx.dsl().selectFrom(PARAGRAF_POST).where(PARAGRAF_POST.ARENDEPUNKT_ID.eq(arendepunktId))
        .orderBy(PARAGRAF_POST.SLAG, PARAGRAF_POST.ORDNING).fetch();
    List<Behandling.Rost> roster = rows.stream().filter(r -> r.getSlag().equals(ROST))
        .map(r -> new Behandling.Rost(r.getLedamotId(), Behandling.Rostval.valueOf(r.getRost()))).toList();
    String ja = p.get(PARAGRAF.OMROSTNING_JA);
    Behandling.Omrostning omrostning = ja == null && roster.isEmpty() ? null
        : new Behandling.Omrostning(ja, p.get(PARAGRAF.OMROSTNING_NEJ), roster);
    return new Behandling(inlagor(rows, YRKANDE), p.get(PARAGRAF.PROPOSITIONSORDNING), omrostning,
        inlagor(rows, RESERVATION), rows.stream().filter(r -> r.getSlag().equals(JAV)).map(ParagrafPostRecord::getLedamotId)
            .toList(), inlagor(rows, ANTECKNING), Boolean.TRUE.equals(p.get(PARAGRAF.BESLUT_OFFENTLIGT)));
  }

  /** Replaces the handling of the § (its paragraf row must exist). */
  public void save(Tx tx, long arendepunktId, Behandling b) {
    Behandling.Omrostning o = b.omrostning();
    tx.dsl().update(PARAGRAF).set(PARAGRAF.PROPOSITIONSORDNING, b.propositionsordning())
        .set(PARAGRAF.OMROSTNING_JA, o == null ? null : o.ja()).set(PARAGRAF.OMROSTNING_NEJ, o == null ? null : o.nej())
        .set(PARAGRAF.BESLUT_OFFENTLIGT, b.beslutOffentligt())
        .where(PARAGRAF.ARENDEPUNKT_ID.eq(arendepunktId)).execute();
    tx.dsl().deleteFrom(PARAGRAF_POST).where(PARAGRAF_POST.ARENDEPUNKT_ID.eq(arendepunktId)).execute();
    List<Object[]> rows = new ArrayList<>();
    b.yrkanden().forEach(i -> rows.add(new Object[] {YRKANDE, i.ledamotId(), i.text(), null}));
    b.reservationer().forEach(i -> rows.add(new Object[] {RESERVATION, i.ledamotId(), i.text(), null}));
    b.jav().forEach(id -> rows.add(new Object[] {JAV, id, null, null}));
    b.anteckningar().forEach(i -> rows.add(new Object[] {ANTECKNING, i.ledamotId(), i.text(), null}));
    if (o != null) {
      o.roster().forEach(r -> rows.add(new Object[] {ROST, r.ledamotId(), null, r.val().name()}));
    }
    int ordning = 0;
    for (Object[] r : rows) {
      tx.dsl().insertInto(PARAGRAF_POST).set(PARAGRAF_POST.ARENDEPUNKT_ID, arendepunktId)
          .set(PARAGRAF_POST.SLAG, (String) r[0]).set(PARAGRAF_POST.ORDNING, ordning++)
          .set(PARAGRAF_POST.LEDAMOT_ID, (Long) r[1]).set(PARAGRAF_POST.TEXT, (String) r[2])
          .set(PARAGRAF_POST.ROST, (String) r[3]).execute();
    }
  }

  private static List<Behandling.Inlaga> inlagor(List<ParagrafPostRecord> rows, String slag) {
    return rows.stream().filter(r -> r.getSlag().equals(slag))
        .map(r -> new Behandling.Inlaga(r.getLedamotId(), r.getText())).toList();
  }
}
