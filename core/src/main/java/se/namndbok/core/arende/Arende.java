package se.namndbok.core.arende;

import java.time.LocalDate;

/** A case in the registry; {@code version} is raised by each change (a save from an older one is refused). */
public record Arende(long id, Diarienummer diarienummer, Klassificering klassificering, String rubrik,
    ArendeStatus status, String handlaggare, boolean sekretess, LocalDate registrerad, int version) {

  public Arendenummer arendenummer() {
    return new Arendenummer(diarienummer, klassificering);
  }
}
