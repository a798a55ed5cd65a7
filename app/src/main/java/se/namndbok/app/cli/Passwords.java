package se.namndbok.app.cli;

import java.io.Console;
import java.util.Arrays;
import se.namndbok.core.shared.ValidationException;

/**
 * The embedded store's password on the command line: from the environment (for scripts) or asked on the
 * terminal without echo. Never taken from an argument, which other users could read in the process list.
 */
public final class Passwords {
  public static final String VARIABLE = "NAMNDBOK_LOSENORD";
  public static final String NEW_VARIABLE = "NAMNDBOK_NYTT_LOSENORD";

  private Passwords() {}

  /** The password of an encrypted store or backup, or null when there is no way to get one. */
  public static char[] current(String what) {
    String env = System.getenv(VARIABLE);
    if (env != null) {
      return env.toCharArray();
    }
    Console console = System.console();
    return console == null ? null : console.readPassword("Lösenord för %s: ", what);
  }

  /** A new password, typed twice on the terminal when the environment does not give it. */
  public static char[] newPassword() {
    String env = System.getenv(NEW_VARIABLE);
    if (env != null) {
      return env.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      throw ValidationException.of("Lösenord", "ange det nya lösenordet i miljövariabeln " + NEW_VARIABLE);
    }
    char[] first = console.readPassword("Nytt lösenord: ");
    char[] again = console.readPassword("Samma lösenord igen: ");
    if (!Arrays.equals(first, again)) {
      throw ValidationException.of("Lösenord", "de två lösenorden är olika");
    }
    return first;
  }
}
