package se.namndbok.core.anmalan.persistence;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.db.Tx;

/** The table of one kind of anmälan: the same operations for both, each on its own table. */
public interface AnmalanRepository<E> {
  long insert(Tx tx, E e);

  /**
   * Rewrites everything but the meeting it is reported to, when the stored version is {@code e.version()}, and
   * raises the version; false (nothing changed) otherwise.
   */
  boolean update(Tx tx, E e);

  void setSammantrade(Tx tx, long id, Long sammantradeId);

  void delete(Tx tx, long id);

  Optional<E> findById(Tx tx, long id);

  /** The entries the filter keeps, in the kind's report order. */
  List<E> find(Tx tx, AnmalanFilter filter);

  /** Every counterpart used so far, once each (avsändare, delegat): the completion list of the form. */
  List<String> motparter(Tx tx);
}
