package se.namndbok.core.arende;

import java.time.LocalDate;

/** A case in the registry. */
public record Arende(long id, Diarienummer diarienummer, Klassificering klassificering, String rubrik,
    ArendeStatus status, String handlaggare, boolean sekretess, LocalDate registrerad) {

  public Arendenummer arendenummer() {
    return new Arendenummer(diarienummer, klassificering);
  }
}
