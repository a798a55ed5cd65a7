package se.namndbok.core.sammantrade;

import se.namndbok.core.sekretess.Sekretess;

/**
 * What an agenda item says, as a user edits it. {@code arendeId} links the case (its ärendenummer is printed);
 * {@code statistik} is given exactly for STATISTIK items.
 */
public record ArendepunktInnehall(ArendepunktTyp typ, Long arendeId, String rubrik, ForslagAv forslagAv,
    PunktTexter texter, boolean sekretess, StatistikVal statistik, Long sekretessgrundId, boolean friklassad) {

  public ArendepunktInnehall(ArendepunktTyp typ, Long arendeId, String rubrik, ForslagAv forslagAv,
      PunktTexter texter, boolean sekretess, StatistikVal statistik) {
    this(typ, arendeId, rubrik, forslagAv, texter, sekretess, statistik, null, false);
  }

  /** Its own sekretess; whether the item is withheld also depends on its ärende ({@code Sekretessprovning}). */
  public Sekretess sekretessval() {
    return Sekretess.of(sekretess, sekretessgrundId, friklassad);
  }

  public ArendepunktInnehall withSekretess(Sekretess s) {
    return new ArendepunktInnehall(typ, arendeId, rubrik, forslagAv, texter, s.markerad(), statistik, s.grundId(),
        s.friklassad());
  }

  public static ArendepunktInnehall arende(long arendeId, String rubrik, ForslagAv forslagAv, PunktTexter texter) {
    return new ArendepunktInnehall(ArendepunktTyp.ARENDE, arendeId, rubrik, forslagAv, texter, false, null);
  }

  public ArendepunktInnehall withTexter(PunktTexter t) {
    return new ArendepunktInnehall(typ, arendeId, rubrik, forslagAv, t, sekretess, statistik, sekretessgrundId,
        friklassad);
  }
}
