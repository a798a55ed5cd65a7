package se.namndbok.app.sammantradesfil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.shared.TempFiles;
import se.namndbok.core.shared.Texts;

/** {@code export sammantrade --sammantrade DATUM -o FIL.json}: the whole meeting as one file (docs/sammantrade-format.md). */
@Command(name = "sammantrade", mixinStandardHelpOptions = true,
    description = "Hela sammanträdet som en JSON-fil: nämnden, organet med ledamöter och ersättare, punkterna med "
        + "alla texter och sekretess, ärendena, bilagorna (base64 med sha256) och anmälningarna.")
public final class ExportSammantradeCommand extends StoreCommand {
  @Option(names = "--sammantrade", required = true, paramLabel = "DATUM", description = "Sammanträdets datum, t.ex. 2025-10-23.")
  String sammantrade;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FIL.json", description = "JSON-filen som skrivs.")
  Path output;

  @Override
  protected int run(CoreServices core) {
    LocalDate datum = Texts.parseDate(sammantrade, "--sammantrade");
    byte[] json = core.sammantradesfilExport().export(datum);
    TempFiles.write(output, out -> {
      try {
        out.write(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    // the whole path (a bare name left the user looking for it), and what the file holds: every confidential text
    // and attachment, so it is handled as confidential (docs/sammantrade-format.md)
    System.out.println("Sammanträdet " + datum + " är sparat i " + output.toAbsolutePath() + ". Filen innehåller "
        + "sammanträdets alla texter och bilagor, också de sekretessbelagda: hantera den som sekretessbelagd.");
    return 0;
  }
}
