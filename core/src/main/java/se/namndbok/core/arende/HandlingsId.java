package se.namndbok.core.arende;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndbok.core.shared.ValidationException;

/** A registered document's id, {@code 2025.2708}: year and a running number unique within the year. */
public record HandlingsId(int ar, int lopnummer) implements Comparable<HandlingsId> {
  private static final Pattern FORMAT = Pattern.compile("(?:Hid:?\\s*)?(\\d{4})\\.(\\d{1,7})", Pattern.CASE_INSENSITIVE);
  public static final String FIELD = "Handlingsid";

  public HandlingsId {
    if (ar < 1900 || ar > 2999) {
      throw ValidationException.of(FIELD, "året " + ar + " är inte rimligt");
    }
    if (lopnummer < 1) {
      throw ValidationException.of(FIELD, "löpnumret måste vara minst 1");
    }
  }

  /** Parses {@code 2025.2708}; the prefix {@code Hid:} as printed in the kallelse is accepted. */
  public static HandlingsId parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw ValidationException.of(FIELD, se.namndbok.core.shared.Personnummer.citat(text == null ? "" : text.strip())
          + " är inget handlingsid; skriv år.löpnummer, t.ex. 2025.2708");
    }
    return new HandlingsId(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public String toString() {
    return ar + "." + lopnummer;
  }

  @Override
  public int compareTo(HandlingsId o) {
    return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(lopnummer, o.lopnummer);
  }
}
