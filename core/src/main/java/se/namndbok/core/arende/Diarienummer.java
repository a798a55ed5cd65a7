package se.namndbok.core.arende;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndbok.core.shared.ValidationException;

/** A case number in the registry, {@code 2025/1184}: year and a running number unique within the year. */
public record Diarienummer(int ar, int lopnummer) implements Comparable<Diarienummer> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*/\\s*(\\d{1,7})");
  public static final String FIELD = "Diarienummer";

  public Diarienummer {
    if (ar < 1900 || ar > 2999) {
      throw ValidationException.of(FIELD, "året " + ar + " är inte rimligt");
    }
    if (lopnummer < 1) {
      throw ValidationException.of(FIELD, "löpnumret måste vara minst 1");
    }
  }

  /** Parses {@code 2025/1184}; a trailing classification ({@code 2025/1184-3.9.0.1}) is refused here. */
  public static Diarienummer parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw ValidationException.of(FIELD, se.namndbok.core.shared.Personnummer.citat(text == null ? "" : text.strip())
          + " är inget diarienummer; skriv år/löpnummer, t.ex. 2025/1184");
    }
    return new Diarienummer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public String toString() {
    return ar + "/" + lopnummer;
  }

  @Override
  public int compareTo(Diarienummer o) {
    return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(lopnummer, o.lopnummer);
  }
}
