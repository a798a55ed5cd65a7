package se.namndbok.app.shared;

import java.util.Locale;
import se.namndbok.core.shared.Texts;

/**
 * The program speaks Swedish whatever the system's locale: JavaFX's own texts (dialog buttons "Ja", "Nej",
 * "Avbryt", the calendar's month and day names), the calendar's weeks from Monday with week numbers, and number
 * and date formats all follow the default locale, which this sets to sv-SE for every category (decision 0120).
 */
public final class SwedishLocale {
  private SwedishLocale() {}

  /** Call before the first dialog or calendar is built (JavaFX caches its button texts on first use). */
  public static void install() {
    Locale.setDefault(Texts.SWEDISH);
    Locale.setDefault(Locale.Category.DISPLAY, Texts.SWEDISH);
    Locale.setDefault(Locale.Category.FORMAT, Texts.SWEDISH);
  }
}
