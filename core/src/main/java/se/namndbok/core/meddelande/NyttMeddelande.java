package se.namndbok.core.meddelande;

import java.time.LocalDate;
import se.namndbok.core.anmalan.NyAnmalan;
import se.namndbok.core.sekretess.Sekretess;

/**
 * What a user gives for a meddelande; {@code paragraf} may be written "§ 159" or "159". {@code handlingsid} is
 * registered in the ärende when not yet in the diarium.
 */
public record NyttMeddelande(String avsandare, LocalDate datum, String paragraf, String amne, String diarienummer,
    String handlingsid, boolean sekretess, Long sekretessgrundId, boolean friklassad) implements NyAnmalan {

  public NyttMeddelande(String avsandare, LocalDate datum, String paragraf, String amne, String diarienummer,
      String handlingsid, boolean sekretess) {
    this(avsandare, datum, paragraf, amne, diarienummer, handlingsid, sekretess, null, false);
  }

  public NyttMeddelande(String avsandare, LocalDate datum, String paragraf, String amne, String diarienummer,
      String handlingsid, Sekretess sekretess) {
    this(avsandare, datum, paragraf, amne, diarienummer, handlingsid, sekretess.markerad(), sekretess.grundId(),
        sekretess.friklassad());
  }

  @Override
  public String text() {
    return amne;
  }

  @Override
  public Sekretess sekretessval() {
    return Sekretess.of(sekretess, sekretessgrundId, friklassad);
  }
}
