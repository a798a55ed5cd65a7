package se.namndbok.app.ejverkstallda;

import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.ejverkstallda.IvoListaCsv;
import se.namndbok.core.ejverkstallda.IvoRad;

/** {@code ivo --lag SoL|LSS --kvartal 2025Q2 [-o FIL.csv]}: one row per decision in that quarter's report. */
@Command(name = "ivo", mixinStandardHelpOptions = true,
    description = "Listan per beslut som rapportören behöver för IVO:s e-tjänst.")
public final class IvoCommand extends StoreCommand {
  @Mixin
  LagOchKvartal val;

  @Option(names = {"-o", "--output"}, paramLabel = "FIL.csv", description = "Filen som skrivs; utan -o till standard ut.")
  Path output;

  @Override
  protected int run(CoreServices core) {
    List<IvoRad> rader = core.ivoLista().rader(val.lag(), val.kvartal());
    if (output == null) {
      Utfil.stdout(out -> IvoListaCsv.write(rader, out));
    } else {
      Utfil.skriv(output, out -> IvoListaCsv.write(rader, out));
    }
    return 0;
  }
}
