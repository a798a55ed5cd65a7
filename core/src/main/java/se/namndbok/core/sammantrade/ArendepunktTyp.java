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
}
