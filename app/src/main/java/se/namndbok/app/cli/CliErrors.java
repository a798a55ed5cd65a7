package se.namndbok.app.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.namndbok.app.shared.Logging;
import se.namndbok.core.anvandare.BehorighetException;
import se.namndbok.core.db.StoreConnectionException;
import se.namndbok.core.db.StoreInUseException;
import se.namndbok.core.db.StoreUnavailableException;
import se.namndbok.core.shared.ValidationException;

/**
 * The exit-status contract of cli.md: 2 with one clear Swedish message for bad input or usage, 1 with the
 * message and the log file's path for an unexpected fault.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int BAD_INPUT = 2;
  static final int FAULT = 1;
  private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    Throwable cause = e;
    if (cause instanceof ValidationException || cause instanceof StoreInUseException
        || cause instanceof BehorighetException || cause instanceof StoreConnectionException) {
      err.println(cause.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    if (cause instanceof StoreUnavailableException) {
      LOG.warn("Förbindelsen bröts i kommandot {}", cmd.getCommandName(), e);
      err.println(cause.getMessage());
      err.flush();
      return FAULT;
    }
    if (cause instanceof WindowUnavailableException) {
      LOG.warn("Fönstret kunde inte öppnas", e);
      err.println(cause.getMessage());
      err.println("Detaljer finns i loggfilen " + Logging.logFile() + ".");
      err.flush();
      return FAULT;
    }
    LOG.error("Oväntat fel i kommandot {}", cmd.getCommandName(), e);
    err.println("Ett oväntat fel inträffade: " + e);
    err.println("Detaljer finns i loggfilen " + Logging.logFile() + " — skicka den till supporten.");
    err.flush();
    return FAULT;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println(swedish(e));
    err.println("Skriv \"" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help\" för hjälp.");
    err.flush();
    return BAD_INPUT;
  }

  private static String swedish(ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return "Okänt kommando eller argument: " + String.join(" ", u.getUnmatched());
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      return "Saknas: " + m.getMissing().stream().map(a -> a.paramLabel()).reduce((a, b) -> a + ", " + b).orElse("");
    }
    if (e.getCause() instanceof ValidationException v) {
      return v.getMessage();
    }
    if (e.getClass() == ParameterException.class && e.getMessage().startsWith("Ange ")) {
      return e.getMessage();
    }
    return "Fel i kommandoraden: " + e.getMessage();
  }
}
