package se.namndbok.core.sammantrade;

/**
 * What an agenda item is. ARENDE is an ordinary case; the others the program fills itself: UPPROP (roll call),
 * JUSTERARE (choosing who checks the minutes), MEDDELANDEN and DELEGATIONSBESLUT (the lists reported to this
 * meeting) and STATISTIK (the quarterly report on ej verkställda beslut).
 */
public enum ArendepunktTyp {
  ARENDE("Ärende"), UPPROP("Upprop"), JUSTERARE("Val av justerare"), MEDDELANDEN("Meddelanden"),
  DELEGATIONSBESLUT("Delegationsbeslut"), STATISTIK("Statistikrapport");

  private final String text;

  ArendepunktTyp(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /**
   * Opens the meeting (upprop, val av justerare): named on the kallelse's first page without a number, not a
   * punkt of its contents, so the first ärende is punkt 1 (as in the board's own kallelser).
   */
  public boolean inledande() {
    return this == UPPROP || this == JUSTERARE;
  }
}
