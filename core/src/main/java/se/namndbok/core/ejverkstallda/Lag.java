package se.namndbok.core.ejverkstallda;

import java.util.Arrays;
import java.util.Optional;

/** The law a gynnande beslut was made under; the code is written as in the import file and the JSON. */
public enum Lag {
  SOL("SoL"), LSS("LSS");

  private final String kod;

  Lag(String kod) {
    this.kod = kod;
  }

  public String kod() {
    return kod;
  }

  /** Finds the law by its code, ignoring case ("sol" is SoL). */
  public static Optional<Lag> find(String kod) {
    return Arrays.stream(values()).filter(l -> l.kod.equalsIgnoreCase(kod == null ? "" : kod.strip())).findFirst();
  }

  public static Lag of(String kod) {
    return find(kod).orElseThrow(() -> new IllegalArgumentException("okänd lag: " + kod));
  }

  @Override
  public String toString() {
    return kod;
  }
}
