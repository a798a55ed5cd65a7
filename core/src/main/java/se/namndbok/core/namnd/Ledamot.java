package se.namndbok.core.namnd;

/**
 * A politician on the board; {@code parti} is the party's letters (S, M, C, V, KD, L, MP, SD); {@code telefon} and
 * {@code epost} are printed on the kallelse for the ordförande (null when not given); {@code version} is raised by
 * each change (a save from an older one is refused).
 */
public record Ledamot(long id, long namndId, String fornamn, String efternamn, String parti, String telefon,
    String epost, int version) {

  /** A member not yet stored, without contact details. */
  public Ledamot(long id, long namndId, String fornamn, String efternamn, String parti) {
    this(id, namndId, fornamn, efternamn, parti, null, null, 0);
  }

  public String namn() {
    return fornamn + " " + efternamn;
  }
}
