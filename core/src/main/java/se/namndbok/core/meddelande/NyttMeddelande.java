package se.namndbok.core.meddelande;

import java.time.LocalDate;
import se.namndbok.core.anmalan.NyAnmalan;

/**
 * What a user gives for a meddelande; {@code paragraf} may be written "§ 159" or "159". {@code handlingsid} is
 * registered in the ärende when not yet in the diarium.
 */
public record NyttMeddelande(String avsandare, LocalDate datum, String paragraf, String amne, String diarienummer,
    String handlingsid, boolean sekretess) implements NyAnmalan {

  @Override
  public String text() {
    return amne;
  }
}
