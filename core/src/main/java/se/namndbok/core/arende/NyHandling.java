package se.namndbok.core.arende;

import java.time.LocalDate;
import se.namndbok.core.sekretess.Sekretess;

/** What a user gives to register a handling; {@code handlingsId} null takes the next Hid of the year of {@code datum}. */
public record NyHandling(HandlingsId handlingsId, LocalDate datum, Riktning riktning, String motpart, String rubrik,
    boolean sekretess, Long sekretessgrundId, boolean friklassad) {

  /** A handling following its ärende's sekretess, or confidential under the default ground. */
  public NyHandling(HandlingsId handlingsId, LocalDate datum, Riktning riktning, String motpart, String rubrik,
      boolean sekretess) {
    this(handlingsId, datum, riktning, motpart, rubrik, sekretess, null, false);
  }

  public NyHandling(HandlingsId handlingsId, LocalDate datum, Riktning riktning, String motpart, String rubrik,
      Sekretess sekretess) {
    this(handlingsId, datum, riktning, motpart, rubrik, sekretess.markerad(), sekretess.grundId(),
        sekretess.friklassad());
  }
}
