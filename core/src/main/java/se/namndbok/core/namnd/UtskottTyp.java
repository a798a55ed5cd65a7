package se.namndbok.core.namnd;

/** What kind of committee: the arbetsutskott prepares items, the enskilda utskottet decides individual cases. */
public enum UtskottTyp {
  ARBETSUTSKOTT("Arbetsutskott"), ENSKILDA_UTSKOTTET("Enskilda utskottet"), OVRIGT("Övrigt utskott");

  private final String text;

  UtskottTyp(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
