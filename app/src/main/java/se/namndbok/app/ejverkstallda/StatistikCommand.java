package se.namndbok.app.ejverkstallda;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.app.cli.StoreOptions;
import se.namndbok.core.db.Database;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.shared.ValidationException;

/** {@code statistik --lag SoL|LSS --kvartal 2025Q2 [--format ...] [-o FIL]}: the quarterly report. */
@Command(name = "statistik", mixinStandardHelpOptions = true,
    description = "Kvartalsrapporten om ej verkställda gynnande beslut till kommunfullmäktige.")
public final class StatistikCommand extends StoreCommand {
  @Mixin
  LagOchKvartal val;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json (standard), csv, xlsx eller pdf (tjänsteskrivelsen); utan --format det som filen i -o "
          + "slutar på.")
  String format;

  @Option(names = "--arendenr", paramLabel = "ÄRENDENR", description = "Ärendenumret som tjänsteskrivelsen (pdf) visar, "
      + "t.ex. 2025/1064-3.9.5.2.")
  String arendenr;

  @Option(names = {"-o", "--output"}, paramLabel = "FIL", description = "Filen som skrivs; utan -o skrivs json och csv till standard ut.")
  Path output;

  /** It only reads: its close does not compact the store's file (decision 0155). */
  @Override
  protected Database open(StoreOptions store) {
    return store.openToRead();
  }

  @Override
  protected int run(CoreServices core) {
    StatistikFormat f = StatistikFormat.of(format, output);
    if (f.binary() && output == null) {
      throw ValidationException.of("-o", "formatet " + f.filandelse() + " kan inte skrivas till terminalen; ange en fil med -o");
    }
    Kvartal q = val.kvartal(core.clock().today());
    Kvartalsrapport r = core.kvartalsrapporter().gallande(val.lag(), q);
    if (output == null) {
      Utfil.stdout(StatistikExport.writer(r, f));
    } else {
      StatistikExport.toFile(core, r, f, arendenr, output);
    }
    val.varnaForUnderlaget(core, val.lag(), q);
    return 0;
  }
}
