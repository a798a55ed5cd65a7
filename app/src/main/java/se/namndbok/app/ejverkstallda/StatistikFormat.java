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

  /** {@code --format}, or when it is not given the format {@code output}'s name ends with, else json. */
  static StatistikFormat of(String format, java.nio.file.Path output) {
    return parse(Utfil.format(format, output, Arrays.stream(values()).map(StatistikFormat::filandelse).toList(),
        JSON.filandelse(), t -> parse(t).filandelse()));
  }

  static StatistikFormat parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(t)).findFirst()
        .orElseThrow(() -> ValidationException.of("--format", "\"" + text + "\" är inget format; ange "
            + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList())));
  }
}
