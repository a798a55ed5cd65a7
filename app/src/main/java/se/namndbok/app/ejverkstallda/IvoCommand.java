package se.namndbok.app.ejverkstallda;

import se.namndbok.core.CoreServices;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.app.cli.StoreOptions;
import se.namndbok.core.db.Database;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.IvoListaCsv;
import se.namndbok.core.ejverkstallda.IvoRad;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.reports.ejverkstallda.IvoListaXlsx;

/**
 * {@code ivo --lag SoL|LSS --kvartal 2025Q2 [--format csv|xlsx] [-o FIL]}: one row per decision in that quarter's
 * report. Both formats neutralise cells a spreadsheet would run as formulas (decision record 0138).
 */
@Command(name = "ivo", mixinStandardHelpOptions = true,
    description = "Listan per beslut som rapportören behöver för IVO:s e-tjänst.")
public final class IvoCommand extends StoreCommand {
  @Mixin
  LagOchKvartal val;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv (standard) eller xlsx; utan --format det som filen i -o slutar på.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FIL", description = "Filen som skrivs; utan -o skrivs csv till standard ut.")
  Path output;

  /** It only reads: its close does not compact the store's file (decision 0155). */
  @Override
  protected Database open(StoreOptions store) {
    return store.openToRead();
  }

  @Override
  protected int run(CoreServices core) {
    boolean xlsx = Utfil.format(format, output, List.of("csv", "xlsx"), "csv", IvoCommand::format).equals("xlsx");
    if (xlsx && output == null) {
      throw ValidationException.of("-o", "formatet xlsx kan inte skrivas till terminalen; ange en fil med -o");
    }
    Kvartal q = val.kvartal(core.clock().today());
    List<IvoRad> rader = core.ivoLista().rader(val.lag(), q);
    Consumer<OutputStream> writer = writer(rader, xlsx, val.lag().kod() + " " + q);
    if (output == null) {
      Utfil.stdout(writer);
    } else {
      Utfil.skriv(output, writer);
    }
    val.varnaForUnderlaget(core, val.lag(), q, true);
    return 0;
  }

  /** The IVO list's writer: the workbook (sheet named {@code blad}) or the CSV. */
  static Consumer<OutputStream> writer(List<IvoRad> rader, boolean xlsx, String blad) {
    return xlsx ? out -> IvoListaXlsx.write(blad, rader, out) : out -> IvoListaCsv.write(rader, out);
  }

  private static String format(String format) {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("xlsx")) {
      throw ValidationException.of("--format", "\"" + format + "\" är inget format; ange csv eller xlsx");
    }
    return f;
  }
}
