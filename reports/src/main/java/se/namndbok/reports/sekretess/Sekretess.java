package se.namndbok.reports.sekretess;

/** The wording printed where confidential content is left out (decision records 0030 and 0110). */
public final class Sekretess {
  /** On the first page of a public version. */
  public static final String OFFENTLIG_VERSION =
      "Offentlig version. Uppgifter som omfattas av sekretess är borttagna.";

  private Sekretess() {}
}
