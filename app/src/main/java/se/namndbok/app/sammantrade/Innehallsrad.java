package se.namndbok.app.sammantrade;

/** One line of the live contents preview, as the kallelse's contents will print it. */
public record Innehallsrad(int punkt, String rubrik, String arendenummer) {

  static Innehallsrad of(Punktrad r) {
    return new Innehallsrad(r.nummer(), r.rubrik(), r.arendenummer());
  }
}
