package se.namndbok.core.arende;

import se.namndbok.core.shared.ValidationException;

/** The printed form {@code 2025/1184-3.9.0.1}: diarienummer with the classification after a dash (the latter optional). */
public record Arendenummer(Diarienummer diarienummer, Klassificering klassificering) {

  public static Arendenummer parse(String text) {
    String s = text == null ? "" : text.strip();
    int dash = s.indexOf('-');
    if (dash < 0) {
      return new Arendenummer(Diarienummer.parse(s), null);
    }
    if (dash == s.length() - 1) {
      throw ValidationException.of(Klassificering.FIELD, "saknas efter bindestrecket i \"" + s + "\"");
    }
    return new Arendenummer(Diarienummer.parse(s.substring(0, dash)), Klassificering.parse(s.substring(dash + 1)));
  }

  @Override
  public String toString() {
    return klassificering == null ? diarienummer.toString() : diarienummer + "-" + klassificering;
  }
}
