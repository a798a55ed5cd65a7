package se.namndbok.core.namnd;

/** A politician on the board; {@code parti} is the party's letters (S, M, C, V, KD, L, MP, SD). */
public record Ledamot(long id, long namndId, String fornamn, String efternamn, String parti, int version) {

  public String namn() {
    return fornamn + " " + efternamn;
  }
}
