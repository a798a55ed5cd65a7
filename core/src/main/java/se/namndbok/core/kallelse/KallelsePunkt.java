package se.namndbok.core.kallelse;

import java.util.List;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Arendenummer;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.sammantrade.Arendepunkt;

/**
 * One item of a kallelse: the item, its ärende (null when it has none), its beslutsunderlag and bilagor in
 * order (each bilaga a handling with a stored file: name, size, sha256), and, for a MEDDELANDEN item, the
 * meeting's meddelanden; for a DELEGATIONSBESLUT item, the meeting's delegationsbeslut grouped by delegat in the
 * delegates' order; for a STATISTIK item, the quarterly report it is linked to, computed in the same read (null
 * for other items). The lists are empty for other items.
 */
public record KallelsePunkt(Arendepunkt punkt, Arende arende, List<UnderlagRad> beslutsunderlag, List<Handling> bilagor,
    List<Meddelande> meddelanden, List<DelegatGrupp> delegationsbeslut, Kvartalsrapport statistik) {

  /** An item without a statistics report. */
  public KallelsePunkt(Arendepunkt punkt, Arende arende, List<UnderlagRad> beslutsunderlag, List<Handling> bilagor,
      List<Meddelande> meddelanden, List<DelegatGrupp> delegationsbeslut) {
    this(punkt, arende, beslutsunderlag, bilagor, meddelanden, delegationsbeslut, null);
  }

  /**
   * The punkt's place on the meeting's list (1, 2, ...); the kallelse prints
   * {@link se.namndbok.core.sammantrade.Kallelsenummer}, which skips upprop and val av justerare.
   */
  public int nummer() {
    return punkt.ordning();
  }

  /** "2025/1184-3.9.0.1", or null without an ärende. */
  public Arendenummer arendenummer() {
    return arende == null ? null : arende.arendenummer();
  }

  /**
   * Confidential when the item is marked so, or its ärende is and the item is not released; the ground:
   * {@link KallelseUnderlag#sekretess(KallelsePunkt)}.
   */
  public boolean sekretess() {
    return punkt.innehall().sekretessval().undanhalls(arende != null && arende.sekretess());
  }
}
