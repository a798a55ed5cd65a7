package se.namndbok.core.arende;

import java.time.LocalDate;

/** A registered document of a case; {@code fil} is null when no file is stored for it. */
public record Handling(long id, long arendeId, HandlingsId handlingsId, LocalDate datum, Riktning riktning,
    String motpart, String rubrik, boolean sekretess, StoredFile fil) {

  /** A file kept in the store's file folder under its sha256. */
  public record StoredFile(String namn, long storlek, String sha256) {}
}
