package se.namndbok.core.anmalan;

import se.namndbok.core.anmalan.persistence.AnmalanRepository;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.shared.Validator;

/**
 * What makes one kind of anmälan (delegationsbeslut, meddelande) what it is: the names of its date and text
 * fields, its own fields — checked, turned into the handling registered in the diarium and into the stored entry
 * — its names and its table. Everything else is {@link AnmalanService}'s, the same for both.
 *
 * @param <N> the new entry as given
 * @param <E> the stored entry
 */
public interface Anmalningsslag<N extends NyAnmalan, E extends Anmalan> {
  /** The audit log's name of the entity, e.g. "delegationsbeslut". */
  String entitet();

  /** The field a refusal about the entry itself names, e.g. "Delegationsbeslut". */
  String falt();

  /** "beslutet finns inte längre". */
  String borta();

  /** The Swedish name of the date field ("Beslutsdatum", "Datum"). */
  String datumFalt();

  /** The Swedish name of the text field ("Rubrik", "Ämne"). */
  String textFalt();

  /** Adds the checks of the kind's own fields to {@code v} (the common ones are made by the service). */
  void validate(N ny, Validator v);

  /** The entry as it will be stored: texts stripped, own fields normalized (e.g. "§ 159" → "159"). */
  N clean(N ny);

  /** The handling registered in the ärende when the entry's Hid is not yet in the diarium. */
  NyHandling handling(N ny);

  /** The entry to store (id 0), linked as {@code koppling} says, reported to {@code sammantradeId}. */
  E build(N ny, Diariekoppling.Koppling koppling, Long sammantradeId);

  /** The entry with another id (as stored). */
  E withId(E e, long id);

  /** The entry as read at {@code version}. */
  E withVersion(E e, int version);

  /** The entry as a sentence begins when it was changed by someone else ("Delegationsbeslutet"). */
  String bestamd();

  /** What a user would type to register the entry again (restoring a deleted one). */
  N somNytt(E e);

  AnmalanRepository<E> repository();
}
