package se.namndbok.app.cli;

/**
 * The window could not open on this computer — no screen to show it on, or a system library JavaFX needs is
 * missing — before any of the program's own window code ran. Not a fault in the program: the command line says
 * why in Swedish and exits 1 (cli.md), and the commands still work.
 */
public final class WindowUnavailableException extends RuntimeException {
  public WindowUnavailableException(RuntimeException javafx, String display) {
    super("Fönstret kan inte öppnas: " + reason(javafx.getMessage(), display)
        + ". Kommandona fungerar utan fönster (--help visar dem).", javafx);
  }

  /** What JavaFX's (English) message means for the user; JavaFX names no cause but its own words. */
  static String reason(String message, String display) {
    String m = message == null ? "" : message;
    if (m.contains("DISPLAY")) {
      return display == null || display.isBlank()
          ? "det finns ingen skärm att visa det på (DISPLAY är inte satt)"
          : "skärmen DISPLAY=" + display + " går inte att nå";
    }
    if (m.contains("GTK")) {
      return "GTK 3 saknas på datorn (på Debian och Ubuntu finns det i paketet libgtk-3-0)";
    }
    return "JavaFX kunde inte starta (" + (m.isBlank() ? "utan meddelande" : m) + ")";
  }
}
