package se.namndbok.reports.kallelse;

import java.util.List;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.meddelanden.MeddelandeRad;
import se.namndbok.reports.sekretess.Sekretess;

/**
 * Reduces a kallelse to its public version before anything is rendered: a confidential item keeps only punkt,
 * rubrik, ärendenr and klassificering (no förslag, texts, beslutsunderlag, recipients, rows or attachments);
 * in other items, confidential meddelanden and delegationsbeslut lose their ämne/rubrik, confidential
 * beslutsunderlag lines their title, and confidential attachments are left out.
 */
public final class Offentliggorande {
  private Offentliggorande() {}

  public static KallelseData apply(KallelseData data) {
    return data.withPunkter(data.punkter().stream().map(Offentliggorande::apply).toList(), true);
  }

  static Arendepunkt apply(Arendepunkt punkt) {
    if (punkt.sekretess()) {
      return Arendepunkt.builder(punkt.punkt(), punkt.rubrik(), punkt.arendenr())
          .klassificering(punkt.klassificering())
          .sekretess(true)
          .build();
    }
    List<MeddelandeRad> meddelanden = punkt.meddelanden().stream().map(MeddelandeRad::offentlig).toList();
    List<DelegationsbeslutRad> beslut =
        punkt.delegationsbeslut().stream().map(DelegationsbeslutRad::offentlig).toList();
    List<Underlag> underlag = punkt.beslutsunderlag().stream()
        .map(u -> u.sekretess() ? new Underlag(Sekretess.RAD, true) : u).toList();
    List<Bilaga> bilagor = punkt.bilagor().stream().filter(b -> !b.sekretess()).toList();
    return new Arendepunkt(punkt.punkt(), punkt.rubrik(), punkt.arendenr(), punkt.klassificering(), false,
        punkt.forslagRubrik(), punkt.forslag(), punkt.sammanfattning(), punkt.beskrivning(), punkt.dialog(),
        underlag, punkt.skickasTill(), meddelanden, beslut, punkt.ovrigaBeslut(), bilagor, punkt.statistik());
  }
}
