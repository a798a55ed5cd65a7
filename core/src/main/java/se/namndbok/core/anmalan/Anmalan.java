package se.namndbok.core.anmalan;

import java.time.LocalDate;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.sekretess.Sekretess;

/**
 * Something reported (anmäls) to the board: a delegationsbeslut or a meddelande. Linked to the diarium (its ärende
 * and, when given, its handling), dated, described by a text, perhaps confidential, and assigned to the meeting it
 * is reported to ({@code sammantradeId}, null while not assigned). The kinds differ only in their own fields.
 */
public interface Anmalan {
  long id();

  long arendeId();

  Diarienummer diarienummer();

  Long handlingId();

  HandlingsId handlingsId();

  /** The decision's date or the meddelande's date. */
  LocalDate datum();

  /** The decision's rubrik or the meddelande's ämne. */
  String text();

  boolean sekretess();

  /** Its own sekretess (marked under a ground, released, or following its ärende). */
  Sekretess sekretessval();

  Long sammantradeId();

  /** Raised by each change; a save from an older version is refused. */
  int version();
}
