package se.namndbok.reports.layout;

/** An export that could not be completed; the message is Swedish and meant for the user. No file is left. */
public class ExportException extends RuntimeException {
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExportException(String message) {
    super(message);
  }
}
