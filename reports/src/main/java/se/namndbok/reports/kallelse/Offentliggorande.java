package se.namndbok.reports.kallelse;

import java.util.List;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.meddelanden.MeddelandeRad;

/**
 * Reduces a kallelse to its public version before anything is rendered: a confidential item keeps only punkt,
 * rubrik, ärendenr, klassificering and its ground (no förslag, texts, beslutsunderlag, recipients, rows or
 * attachments); in other items, confidential meddelanden and delegationsbeslut become the sekretess line with
 * their ground, confidential beslutsunderlag lines too, and confidential attachments are left out with their
 * file names and titles.
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
          .sekretess(punkt.sekretessgrund())
          .egenSekretess(punkt.egenSekretess())
          .build();
    }
    List<MeddelandeRad> meddelanden = punkt.meddelanden().stream().map(MeddelandeRad::offentlig).toList();
    List<DelegationsbeslutRad> beslut =
        punkt.delegationsbeslut().stream().map(DelegationsbeslutRad::offentlig).toList();
    List<Underlag> underlag = punkt.beslutsunderlag().stream()
        .map(u -> u.sekretess() ? new Underlag(u.sekretessgrund().rad(), u.sekretessgrund()) : u).toList();
    List<Bilaga> bilagor = punkt.bilagor().stream().filter(b -> !b.sekretess()).toList();
    return new Arendepunkt(punkt.punkt(), punkt.rubrik(), punkt.arendenr(), punkt.klassificering(), null,
        punkt.forslagRubrik(), punkt.forslag(), punkt.sammanfattning(), punkt.beskrivning(), punkt.dialog(),
        underlag, punkt.skickasTill(), meddelanden, beslut, punkt.ovrigaBeslut(), bilagor, punkt.statistik());
  }
}
