package se.namndbok.core.sammantrade;

/**
 * Where a meeting is in its life: planerat → utskickat (the kallelse has been sent) → genomfört (held) →
 * justerat (its protokoll is justerat: the meeting is locked, and changes only through a rättelse). Only
 * planerat and genomfört are stated by the user; utskickat and justerat follow from the kallelse sent and the
 * protokoll justerat (decision record 0081).
 */
public enum SammantradeStatus {
  PLANERAT("Planerat"), UTSKICKAT("Utskickat"), GENOMFORT("Genomfört"), JUSTERAT("Justerat");

  private final String text;

  SammantradeStatus(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Held: genomfört or justerat. */
  public boolean hallet() {
    return this == GENOMFORT || this == JUSTERAT;
  }

  /** What the user states and the store keeps: held or not. */
  public SammantradeStatus lagrad() {
    return hallet() ? GENOMFORT : PLANERAT;
  }

  /** The stage from what is stored: held or not, a kallelse sent, the protokoll justerat. */
  public static SammantradeStatus of(SammantradeStatus lagrad, boolean utskickad, boolean justerat) {
    if (justerat) {
      return JUSTERAT;
    }
    if (lagrad.hallet()) {
      return GENOMFORT;
    }
    return utskickad ? UTSKICKAT : PLANERAT;
  }
}
