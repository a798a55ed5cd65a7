package se.namndbok.core.sammantrade;

/**
 * One item on a meeting's agenda; {@code ordning} is its punkt number (1, 2, ...); {@code version} is raised by
 * each change of its content (a save from an older version is refused).
 */
public record Arendepunkt(long id, long sammantradeId, int ordning, ArendepunktInnehall innehall, int version) {

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
