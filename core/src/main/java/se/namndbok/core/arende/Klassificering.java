package se.namndbok.core.arende;

import java.util.regex.Pattern;
import se.namndbok.core.shared.ValidationException;

/** A process code from the municipality's classification scheme, e.g. {@code 3.9.0.1}. */
public record Klassificering(String kod) {
  private static final Pattern FORMAT = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,5}");
  public static final String FIELD = "Klassificering";

  public Klassificering {
    if (kod == null || !FORMAT.matcher(kod).matches()) {
      throw ValidationException.of(FIELD, se.namndbok.core.shared.Personnummer.citat(kod == null ? "" : kod)
          + " är ingen klassificering; skriv siffror med punkt emellan, t.ex. 3.9.0.1");
    }
  }

  public static Klassificering parse(String text) {
    return new Klassificering(text == null ? null : text.strip());
  }

  @Override
  public String toString() {
    return kod;
  }
}
