package se.namndbok.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import beslut|delegationsbeslut|meddelanden FIL.csv}: each import is all-or-nothing. The feature
 * packages add their subcommand in {@link NamndbokCommand#run}.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Läser in en CSV-fil; en fil med något fel sparas inte alls.",
    commandListHeading = "%nVad som kan läsas in:%n")
public final class ImportCommand implements StoreCommand.GroupCommand, Runnable {
  @ParentCommand
  private NamndbokCommand parent;

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Ange vad som ska läsas in: beslut, delegationsbeslut, "
        + "delegationsordning, meddelanden eller sammantrade.");
  }

  @Override
  public Object parent() {
    return parent;
  }
}
