package se.namndbok.app.delegationsbeslut;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.CoreServices;

/** {@code import delegationsordning FIL.csv}: replaces the board's delegationsordning, all or nothing. */
@Command(name = "delegationsordning", mixinStandardHelpOptions = true,
    description = "Nämndens delegationsordning: punkt;ärende;delegat (valfritt lagrum). Filen ersätter hela "
        + "delegationsordningen; delegater som saknas läggs till.")
public final class ImportDelegationsordningCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "FIL.csv", description = "CSV-filen, semikolonseparerad, UTF-8.")
  Path file;

  @Override
  protected int run(CoreServices core) {
    int n = core.delegationsordning().importera(file).size();
    System.out.println(n + " punkter i delegationsordningen inlästa från " + file.getFileName() + ".");
    return 0;
  }
}
