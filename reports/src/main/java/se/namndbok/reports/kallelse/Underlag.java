package se.namndbok.reports.kallelse;

import java.util.Objects;

/**
 * One line of an item's beslutsunderlag, e.g. "Anvisningar om statsbidrag till kommuner, SOC Hid: 2025.2790".
 *
 * @param sekretess the handling is confidential: the public version prints a sekretess line instead of the title
 */
public record Underlag(String text, boolean sekretess) {
  public Underlag {
    Objects.requireNonNull(text);
  }

  public static Underlag offentligt(String text) {
    return new Underlag(text, false);
  }
}
