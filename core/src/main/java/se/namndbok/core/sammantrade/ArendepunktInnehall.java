package se.namndbok.core.sammantrade;

/**
 * What an agenda item says, as a user edits it. {@code arendeId} links the case (its ärendenummer is printed);
 * {@code statistik} is given exactly for STATISTIK items.
 */
public record ArendepunktInnehall(ArendepunktTyp typ, Long arendeId, String rubrik, ForslagAv forslagAv,
    PunktTexter texter, boolean sekretess, StatistikVal statistik) {

  public static ArendepunktInnehall arende(long arendeId, String rubrik, ForslagAv forslagAv, PunktTexter texter) {
    return new ArendepunktInnehall(ArendepunktTyp.ARENDE, arendeId, rubrik, forslagAv, texter, false, null);
  }

  public ArendepunktInnehall withTexter(PunktTexter t) {
    return new ArendepunktInnehall(typ, arendeId, rubrik, forslagAv, t, sekretess, statistik);
  }
}
