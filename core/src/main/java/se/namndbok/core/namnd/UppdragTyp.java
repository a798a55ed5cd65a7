package se.namndbok.core.namnd;

/** Member or substitute. */
public enum UppdragTyp {
  ORDINARIE("Ledamot"), ERSATTARE("Ersättare");

  private final String text;

  UppdragTyp(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
