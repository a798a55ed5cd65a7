package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ErrorDialogTest {

  @Test
  void theUnexpectedErrorTextNamesTheFaultAndTheLogFile(@TempDir Path dir) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> file = new FileAppender<>();
    file.setContext(context);
    file.setName("test-file");
    file.setFile(dir.resolve("namndbok.log").toString());
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%msg%n");
    encoder.start();
    file.setEncoder(encoder);
    file.start();
    root.addAppender(file);
    try {
      String text = ErrorDialog.unexpectedText(new IllegalStateException("Disken är full"));

      assertThat(text).startsWith("Disken är full\n\nDetaljerna finns i loggfilen:\n")
          .contains(dir.resolve("namndbok.log").toAbsolutePath().toString());
    } finally {
      root.detachAppender(file);
      file.stop();
    }
  }

  @Test
  void withoutALogFileTheTextStillNamesTheFault() {
    assertThat(ErrorDialog.unexpectedText(new NullPointerException()))
        .startsWith("NullPointerException\n\nDetaljerna skrevs till programmets logg.");
  }
}
