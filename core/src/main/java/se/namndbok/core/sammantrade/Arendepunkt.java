package se.namndbok.core.sammantrade;

/** One item on a meeting's agenda; {@code ordning} is its punkt number (1, 2, ...). */
public record Arendepunkt(long id, long sammantradeId, int ordning, ArendepunktInnehall innehall) {

  public ArendepunktTyp typ() {
    return innehall.typ();
  }

  public String rubrik() {
    return innehall.rubrik();
  }

  public boolean sekretess() {
    return innehall.sekretess();
  }
}
