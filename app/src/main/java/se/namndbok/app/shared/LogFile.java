package se.namndbok.app.shared;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Where the log is written, so that an error dialog can tell the user which file to send to IT. */
public final class LogFile {
  private LogFile() {}

  public static Optional<Path> path() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return Optional.empty();
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    for (Iterator<?> it = root.iteratorForAppenders(); it.hasNext(); ) {
      if (it.next() instanceof FileAppender<?> file && file.getFile() != null) {
        return Optional.of(Path.of(file.getFile()).toAbsolutePath());
      }
    }
    return Optional.empty();
  }
}
