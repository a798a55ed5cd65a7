package se.namndbok.core.sammantrade;

/** Whether a meeting is still ahead (its lists open for new items) or has been held. */
public enum SammantradeStatus {
  PLANERAT("Planerat"), GENOMFORT("Genomfört");

  private final String text;

  SammantradeStatus(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
