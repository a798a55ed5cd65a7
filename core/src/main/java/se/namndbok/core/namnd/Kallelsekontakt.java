package se.namndbok.core.namnd;

import java.util.Arrays;
import java.util.List;

/**
 * What a kallelse's first page says about the nämnd besides its name (Inställningar, decision record 0113): its
 * sekreterare with title and contact details, to whom förhinder are reported (blank: the sekreterare), the order
 * its parties are listed in ("S, M, SD, C, V, KD, L, MP"), and the sha256 of its logo in the file store (null
 * without one; set by {@link LogoService}).
 */
public record Kallelsekontakt(String sekreterareNamn, String sekreterareTitel, String sekreterareTelefon,
    String sekreterareEpost, String forhinderTill, String partiordning, String logoSha256) {

  public static final Kallelsekontakt INGEN = new Kallelsekontakt(null, null, null, null, null, null, null);

  /** The parties in the nämnd's order, upper case; empty when none is set. */
  public List<String> partier() {
    if (partiordning == null || partiordning.isBlank()) {
      return List.of();
    }
    return Arrays.stream(partiordning.split("[,;\\s]+")).map(String::strip).filter(p -> !p.isEmpty())
        .map(p -> p.toUpperCase(java.util.Locale.ROOT)).toList();
  }
}
