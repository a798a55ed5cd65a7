package se.namndbok.core.namnd.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE;
import static se.namndbok.core.db.generated.Tables.FRYST_RAPPORT;
import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;
import static se.namndbok.core.db.generated.Tables.NAMND;

import java.util.Optional;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.NamndRecord;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.Namnd;

/** The board row(s). */
public final class NamndRepository {

  public int count(Tx tx) {
    return tx.dsl().fetchCount(NAMND);
  }

  public long insert(Tx tx, Namnd n) {
    return tx.dsl().insertInto(NAMND)
        .set(NAMND.NAMN, n.namn())
        .set(NAMND.KOMMUN, n.kommun())
        .set(NAMND.FORVALTNING, n.forvaltning())
        .set(NAMND.LAGRUM_SOL, n.lagrumSol())
        .set(NAMND.LAGRUM_LSS, n.lagrumLss())
        .set(NAMND.SKAPAD, n.skapad())
        .returning(NAMND.ID).fetchSingle().getId();
  }

  /** Changes the board read at {@code n.version()} and raises its version; false when that is not current. */
  public boolean update(Tx tx, Namnd n) {
    return tx.dsl().update(NAMND)
        .set(NAMND.NAMN, n.namn()).set(NAMND.KOMMUN, n.kommun()).set(NAMND.FORVALTNING, n.forvaltning())
        .set(NAMND.LAGRUM_SOL, n.lagrumSol()).set(NAMND.LAGRUM_LSS, n.lagrumLss()).set(NAMND.VERSION, n.version() + 1)
        .where(NAMND.ID.eq(n.id())).and(NAMND.VERSION.eq(n.version())).execute() == 1;
  }

  /** The kallelse's contact settings of nämnd {@code id}. */
  public Kallelsekontakt kontakt(Tx tx, long id) {
    return tx.dsl().selectFrom(NAMND).where(NAMND.ID.eq(id)).fetchOptional(r -> new Kallelsekontakt(
        r.getSekreterareNamn(), r.getSekreterareTitel(), r.getSekreterareTelefon(), r.getSekreterareEpost(),
        r.getForhinderTill(), r.getPartiordning(), r.getLogoSha256() == null ? null : r.getLogoSha256().strip()))
        .orElse(Kallelsekontakt.INGEN);
  }

  /** Stores the contact settings; the logo is set apart ({@link #setLogo}). */
  public void setKontakt(Tx tx, long id, Kallelsekontakt k) {
    tx.dsl().update(NAMND).set(NAMND.SEKRETERARE_NAMN, k.sekreterareNamn())
        .set(NAMND.SEKRETERARE_TITEL, k.sekreterareTitel()).set(NAMND.SEKRETERARE_TELEFON, k.sekreterareTelefon())
        .set(NAMND.SEKRETERARE_EPOST, k.sekreterareEpost()).set(NAMND.FORHINDER_TILL, k.forhinderTill())
        .set(NAMND.PARTIORDNING, k.partiordning()).where(NAMND.ID.eq(id)).execute();
  }

  public void setLogo(Tx tx, long id, String sha256) {
    tx.dsl().update(NAMND).set(NAMND.LOGO_SHA256, sha256).where(NAMND.ID.eq(id)).execute();
  }

  public Optional<Namnd> findFirst(Tx tx) {
    return tx.dsl().selectFrom(NAMND).orderBy(NAMND.ID).limit(1).fetchOptional(NamndRepository::map);
  }

  public Optional<Namnd> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(NAMND).where(NAMND.ID.eq(id)).fetchOptional(NamndRepository::map);
  }

  /** True when the store holds no board, no case, no decision for the statistics and no frozen report. */
  public boolean storeIsEmpty(Tx tx) {
    return !tx.dsl().fetchExists(NAMND) && !tx.dsl().fetchExists(ARENDE) && !tx.dsl().fetchExists(GYNNANDE_BESLUT)
        && !tx.dsl().fetchExists(FRYST_RAPPORT);
  }

  static Namnd map(NamndRecord r) {
    return new Namnd(r.getId(), r.getNamn(), r.getKommun(), r.getForvaltning(), r.getLagrumSol(), r.getLagrumLss(),
        r.getSkapad(), r.getVersion());
  }
}
