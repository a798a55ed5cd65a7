package se.namndbok.core.ejverkstallda;

/** One kind of insats in the nämnd's catalogue; {@code omrade} is null for LSS. */
public record Insats(String kod, Lag lag, Omrade omrade, String benamning, int ordning) {

  /** The label the reference tables use: "Särskilt boende, ÄO" for SoL, "9.4 Biträde av kontaktperson" for LSS. */
  public String rubrik() {
    if (omrade == null) {
      return kod.replaceFirst("^LSS-", "") + " " + benamning;
    }
    return benamning + ", " + omrade.forkortning();
  }
}
