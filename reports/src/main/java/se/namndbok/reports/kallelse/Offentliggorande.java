package se.namndbok.reports.kallelse;

import java.util.List;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.meddelanden.MeddelandeRad;

/**
 * Reduces a kallelse to its public version before anything is rendered: a confidential item keeps only punkt,
 * rubrik, ärendenr and klassificering (no förslag, texts, beslutsunderlag, recipients, rows or attachments);
 * confidential meddelanden and delegationsbeslut in other items lose their ämne/rubrik.
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
    return new Arendepunkt(punkt.punkt(), punkt.rubrik(), punkt.arendenr(), punkt.klassificering(), false,
        punkt.forslagRubrik(), punkt.forslag(), punkt.sammanfattning(), punkt.beskrivning(), punkt.dialog(),
        punkt.beslutsunderlag(), punkt.skickasTill(), meddelanden, beslut, punkt.ovrigaBeslut(),
        punkt.bilagor());
  }
}
