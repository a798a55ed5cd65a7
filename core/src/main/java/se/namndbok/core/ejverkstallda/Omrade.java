package se.namndbok.core.ejverkstallda;

/** Verksamhetsområde of a SoL insats; LSS insatser have none. */
public enum Omrade {
  AO("ÄO", "Äldreomsorg"),
  OF("OF", "Omsorg om funktionshindrade enligt SoL"),
  IFO("IFO", "Individ- och familjeomsorg");

  private final String forkortning;
  private final String namn;

  Omrade(String forkortning, String namn) {
    this.forkortning = forkortning;
    this.namn = namn;
  }

  /** As printed in the tables: "ÄO". */
  public String forkortning() {
    return forkortning;
  }

  public String namn() {
    return namn;
  }
}
