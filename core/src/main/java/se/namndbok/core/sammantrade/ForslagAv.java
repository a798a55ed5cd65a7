package se.namndbok.core.sammantrade;

/** Whose förslag till beslut an item carries: the administration's, or the arbetsutskott's after preparing it. */
public enum ForslagAv {
  FORVALTNINGEN("Förvaltningen"), ARBETSUTSKOTTET("Arbetsutskottet");

  private final String text;

  ForslagAv(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
