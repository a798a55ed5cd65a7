package se.namndbok.core.arende;

/** Whether a case is still being handled. */
public enum ArendeStatus {
  PAGAENDE("Pågående"), AVSLUTAT("Avslutat");

  private final String text;

  ArendeStatus(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
