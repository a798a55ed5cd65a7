package se.namndbok.core.namnd;

/** A seat's role, as printed in the lists of members. */
public enum Roll {
  ORDFORANDE("Ordförande"), FORSTE_VICE_ORDFORANDE("1:e vice ordförande"), ANDRE_VICE_ORDFORANDE("2:e vice ordförande"),
  LEDAMOT("Ledamot"), ERSATTARE("Ersättare");

  private final String text;

  Roll(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
