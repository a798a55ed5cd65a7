package se.namndbok.core.arende;

import java.time.LocalDate;
import se.namndbok.core.sekretess.Sekretess;

/**
 * A registered document of a case; {@code fil} is null when no file is stored for it. {@code sekretess},
 * {@code sekretessgrundId} and {@code friklassad} are its own marking ({@link #sekretessval()}); whether it is
 * withheld also depends on its ärende ({@code Sekretessprovning}).
 */
public record Handling(long id, long arendeId, HandlingsId handlingsId, LocalDate datum, Riktning riktning,
    String motpart, String rubrik, boolean sekretess, StoredFile fil, Long sekretessgrundId, boolean friklassad) {

  /** A handling that follows its ärende's sekretess, or is confidential under the default ground. */
  public Handling(long id, long arendeId, HandlingsId handlingsId, LocalDate datum, Riktning riktning, String motpart,
      String rubrik, boolean sekretess, StoredFile fil) {
    this(id, arendeId, handlingsId, datum, riktning, motpart, rubrik, sekretess, fil, null, false);
  }

  /** Its own sekretess: following its ärende, confidential under a ground, or released. */
  public Sekretess sekretessval() {
    return Sekretess.of(sekretess, sekretessgrundId, friklassad);
  }

  /** A file kept in the store's file folder under its sha256. */
  public record StoredFile(String namn, long storlek, String sha256) {}
}
