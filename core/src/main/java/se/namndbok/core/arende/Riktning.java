package se.namndbok.core.arende;

/** Whether a handling came in, went out or was drawn up within the administration. */
public enum Riktning {
  INKOMMANDE("Inkommande"), UTGAENDE("Utgående"), UPPRATTAD("Upprättad");

  private final String text;

  Riktning(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
