package se.namndbok.app.delegationsbeslut;

import picocli.CommandLine.Command;
import se.namndbok.app.cli.ImportAnmalanCommand;
import se.namndbok.core.CoreServices;
import se.namndbok.core.anmalan.AnmalanImport;

/** {@code import delegationsbeslut FIL.csv}. */
@Command(name = "delegationsbeslut", mixinStandardHelpOptions = true,
    description = "Delegationsbeslut: diarienummer;handlingsid;delegat;beslutsdatum;rubrik "
        + "(valfritt delegationspunkt;sekretess;sekretessgrund;beslutsfattare). Varje beslut anmäls till nästa "
        + "sammanträde; punkten ska finnas i nämndens delegationsordning när nämnden har en.")
public final class ImportDelegationsbeslutCommand extends ImportAnmalanCommand {
  @Override
  protected AnmalanImport<?, ?> importer(CoreServices core) {
    return core.delegationsbeslutImport();
  }

  @Override
  protected String vad() {
    return "delegationsbeslut";
  }
}
