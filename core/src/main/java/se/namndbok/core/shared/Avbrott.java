package se.namndbok.core.shared;

/**
 * Lets the user cancel a long write (Ctrl+C during an import, a restore): the work asks {@link #kontrollera()}
 * between its steps and, once cancelled, stops with {@link Avbruten} before it commits, so nothing is stored.
 */
public final class Avbrott {
  /** For work nobody can cancel. */
  public static final Avbrott INGET = new Avbrott();

  private volatile boolean avbruten;

  public void avbryt() {
    if (this != INGET) {
      avbruten = true;
    }
  }

  public boolean arAvbruten() {
    return avbruten;
  }

  /** Throws {@link Avbruten} once the user has cancelled. */
  public void kontrollera() {
    if (avbruten) {
      throw new Avbruten();
    }
  }

  /** The work was cancelled by the user and nothing of it was stored. */
  public static final class Avbruten extends RuntimeException {
    public Avbruten() {
      super("Avbrutet: inget sparades.");
    }
  }
}
