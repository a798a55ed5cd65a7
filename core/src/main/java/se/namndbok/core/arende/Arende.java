package se.namndbok.core.arende;

import java.time.LocalDate;

/**
 * A case in the registry; {@code sekretessgrundId} is the ground a confidential case is under (null: the
 * default); {@code version} is raised by each change (a save from an older one is refused).
 */
public record Arende(long id, Diarienummer diarienummer, Klassificering klassificering, String rubrik,
    ArendeStatus status, String handlaggare, boolean sekretess, LocalDate registrerad, Long sekretessgrundId,
    int version) {

  /** A case not yet stored, without a chosen sekretessgrund (a confidential one is then under the catalogue's first). */
  public Arende(long id, Diarienummer diarienummer, Klassificering klassificering, String rubrik, ArendeStatus status,
      String handlaggare, boolean sekretess, LocalDate registrerad) {
    this(id, diarienummer, klassificering, rubrik, status, handlaggare, sekretess, registrerad, null, 0);
  }

  public Arendenummer arendenummer() {
    return new Arendenummer(diarienummer, klassificering);
  }
}
