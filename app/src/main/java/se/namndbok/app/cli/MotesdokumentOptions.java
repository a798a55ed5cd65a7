package se.namndbok.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import se.namndbok.core.shared.Texts;
import se.namndbok.reports.sekretess.Version;

/**
 * The options every PDF of a meeting takes ({@code --sammantrade DATUM [--offentlig] -o FIL.pdf}), mixed into the
 * kallelse, redovisning, protokoll and protokollsutdrag commands so they read and check them the same way.
 */
public final class MotesdokumentOptions {
  @Option(names = "--sammantrade", required = true, paramLabel = "DATUM", description = "Sammanträdets datum, t.ex. 2025-10-23.")
  String sammantrade;

  @Option(names = "--offentlig", description = "Versionen för publicering, utan sekretessbelagt innehåll.")
  boolean offentlig;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FIL.pdf", description = "PDF-filen som skrivs.")
  Path output;

  /** The meeting's date; a malformed one is refused in Swedish naming the option. */
  public LocalDate datum() {
    return Texts.parseDate(sammantrade, "--sammantrade");
  }

  public Version version() {
    return offentlig ? Version.OFFENTLIG : Version.LEDAMOT;
  }

  public Path output() {
    return output;
  }
}
