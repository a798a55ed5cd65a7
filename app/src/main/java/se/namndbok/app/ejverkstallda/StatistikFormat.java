package se.namndbok.app.ejverkstallda;

import java.util.Arrays;
import java.util.Locale;
import se.namndbok.core.shared.ValidationException;

/** The formats of {@code statistik --format}; binary ones need {@code -o}. */
enum StatistikFormat {
  JSON(false), CSV(false), XLSX(true), PDF(true);

  private final boolean binary;

  StatistikFormat(boolean binary) {
    this.binary = binary;
  }

  boolean binary() {
    return binary;
  }

  /** "pdf", as in file names. */
  String filandelse() {
    return name().toLowerCase(Locale.ROOT);
  }

  static StatistikFormat parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(t)).findFirst()
        .orElseThrow(() -> ValidationException.of("--format", "\"" + text + "\" är inget format; ange "
            + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList())));
  }
}
