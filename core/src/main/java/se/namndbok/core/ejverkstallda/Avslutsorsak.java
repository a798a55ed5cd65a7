package se.namndbok.core.ejverkstallda;

import java.util.Arrays;
import java.util.Optional;

/** Why a decision was closed without being verkställt. */
public enum Avslutsorsak {
  AVLIDEN("AVLIDEN", "den enskilde har avlidit"),
  EGEN_BEGARAN("EGEN-BEGARAN", "avslutat på den enskildes begäran"),
  UTAN_VERKSTALLAN("UTAN-VERKSTALLAN", "avslutat utan verkställan");

  private final String kod;
  private final String text;

  Avslutsorsak(String kod, String text) {
    this.kod = kod;
    this.text = text;
  }

  public String kod() {
    return kod;
  }

  public String text() {
    return text;
  }

  public static Optional<Avslutsorsak> find(String kod) {
    return Arrays.stream(values()).filter(a -> a.kod.equalsIgnoreCase(kod == null ? "" : kod.strip())).findFirst();
  }

  public static Avslutsorsak of(String kod) {
    return find(kod).orElseThrow(() -> new IllegalArgumentException("okänd avslutsorsak: " + kod));
  }
}
