package se.namndbok.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export kallelse|delegationsbeslut|meddelanden|protokoll|protokollsutdrag ...}: writes a document to a temporary name and renames
 * it when complete. The feature packages add their subcommand in {@link NamndbokCommand#run}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Skriver ett dokument för ett sammanträde.",
    commandListHeading = "%nDokument:%n")
public final class ExportCommand implements StoreCommand.GroupCommand, Runnable {
  @ParentCommand
  private NamndbokCommand parent;

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Ange vilket dokument som ska skrivas: kallelse, delegationsbeslut, meddelanden, protokoll, protokollsutdrag, sammantrade.");
  }

  @Override
  public Object parent() {
    return parent;
  }
}
