package se.namndbok.app.sammantrade;

/** One line of the kallelse's contents as the preview shows it: the punkt (by id) with its number, as printed. */
public record Innehallsrad(long id, int punkt, String rubrik, String arendenummer) {

  /** The line of a numbered punkt (an opening one has none: the kallelse names it on the first page). */
  static Innehallsrad of(Punktrad r) {
    return new Innehallsrad(r.id(), r.kallelsenummer(), r.rubrik(), r.arendenummer());
  }
}
