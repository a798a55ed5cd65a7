package se.namndbok.core.arende.persistence;

import static se.namndbok.core.db.generated.Tables.DIARIEORD;
import static se.namndbok.core.db.generated.Tables.SOKORD;

import java.util.Set;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.Sokord;

/**
 * The search index of the diarium (decision 0142): the words of an ärende's rubrik and of each handling's rubrik
 * and avsändare/mottagare, written by {@link ArendeRepository} and {@link HandlingRepository} in the transaction
 * that writes the row, so the index is never behind the diarium.
 */
final class DiarieordRepository {
  /** {@code kalla} of the ärende's own rubrik; a handling's words carry the handling's id. */
  static final long ARENDET = 0;

  /** Indexes the ärende's rubrik anew (the old words of the rubrik go). */
  void arende(Tx tx, long arendeId, String rubrik) {
    tx.dsl().deleteFrom(DIARIEORD).where(DIARIEORD.ARENDE_ID.eq(arendeId)).and(DIARIEORD.KALLA.eq(ARENDET)).execute();
    insert(tx, arendeId, ARENDET, Sokord.av(rubrik));
  }

  /** Indexes a new handling's rubrik and motpart under its ärende. */
  void handling(Tx tx, long arendeId, long handlingId, String rubrik, String motpart) {
    Set<String> words = Sokord.av(rubrik);
    words.addAll(Sokord.av(motpart));
    insert(tx, arendeId, handlingId, words);
  }

  private static void insert(Tx tx, long arendeId, long kalla, Set<String> words) {
    if (words.isEmpty()) {
      return;
    }
    var ord = tx.dsl().insertInto(SOKORD, SOKORD.ORD);
    var rows = tx.dsl().insertInto(DIARIEORD, DIARIEORD.ARENDE_ID, DIARIEORD.KALLA, DIARIEORD.ORD);
    for (String w : words) {
      ord = ord.values(w);
      rows = rows.values(arendeId, kalla, w);
    }
    ord.onDuplicateKeyIgnore().execute();
    rows.execute();
  }
}
