package se.namndbok.core.arende;

import java.time.LocalDate;

/** A case in the registry; {@code sekretessgrundId} is the ground a confidential case is under (null: the default). */
public record Arende(long id, Diarienummer diarienummer, Klassificering klassificering, String rubrik,
    ArendeStatus status, String handlaggare, boolean sekretess, LocalDate registrerad, Long sekretessgrundId) {

  /** A case without a chosen sekretessgrund (a confidential one is then under the catalogue's first). */
  public Arende(long id, Diarienummer diarienummer, Klassificering klassificering, String rubrik, ArendeStatus status,
      String handlaggare, boolean sekretess, LocalDate registrerad) {
    this(id, diarienummer, klassificering, rubrik, status, handlaggare, sekretess, registrerad, null);
  }

  public Arendenummer arendenummer() {
    return new Arendenummer(diarienummer, klassificering);
  }
}
