package se.namndbok.core.anmalan;

import java.time.LocalDate;
import se.namndbok.core.sekretess.Sekretess;

/** What a user (or an import row) gives for an {@link Anmalan}: the common fields, as typed. */
public interface NyAnmalan {
  String diarienummer();

  String handlingsid();

  LocalDate datum();

  String text();

  boolean sekretess();

  /** The sekretess as chosen: marked under a ground, released, or following the ärende. */
  Sekretess sekretessval();
}
