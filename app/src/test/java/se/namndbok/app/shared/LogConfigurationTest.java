package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfigurationTest {
  private final LoggerContext context = new LoggerContext();

  {
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's own start sets it
  }
  private final String before = System.getProperty(Logging.LOG_DIR_PROPERTY);

  @AfterEach
  void restore() {
    context.stop();
    if (before == null) {
      System.clearProperty(Logging.LOG_DIR_PROPERTY);
    } else {
      System.setProperty(Logging.LOG_DIR_PROPERTY, before);
    }
  }

  @Test
  void theLogGoesToTheDataFoldersLogFileWithTimeLevelThreadAndLogger(@TempDir Path data) throws IOException {
    Path file = configure(data);

    context.getLogger("se.namndbok.app.Launcher").info("Fönstret visas 812 ms efter start");
    context.getLogger("se.namndbok.app.Launcher").debug("inte med");

    String log = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(log).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+\\] "
        + "se\\.namndbok\\.app\\.Launcher - Fönstret visas 812 ms efter start\\R");
  }

  @Test
  void theLibrariesChatterIsHeldBackButTheirWarningsAreKept(@TempDir Path data) throws IOException {
    Path file = configure(data);

    context.getLogger("org.jooq.Constants").info("jOOQ tip of the day");
    context.getLogger("org.flywaydb.core.FlywayExecutor").info("Successfully validated 89 migrations");
    context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").warn("No glyph for U+2010");
    context.getLogger("org.flywaydb.core.FlywayExecutor").warn("Flyway upgrade recommended");

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("tip of the day", "validated", "glyph")
        .contains("Flyway upgrade recommended");
  }

  @Test
  void javaUtilLoggingFollowsTheSameLevels(@TempDir Path data) throws IOException {
    configure(data);

    assertThat(context.getCopyOfListenerList()).hasAtLeastOneElementOfType(LevelChangePropagator.class);
    assertThat(java.util.logging.Logger.getLogger("org.jooq").getLevel()).isEqualTo(java.util.logging.Level.WARNING);
  }

  @Test
  void aLogbackXmlOnTheClassPathOrNamedByItsPropertyStillWins(@TempDir Path data) {
    Logging.configure(data);
    LogConfiguration besideTheTests = new LogConfiguration(); // the tests' logback-test.xml is on the class path
    besideTheTests.setContext(context);

    assertThat(besideTheTests.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    System.setProperty("logback.configurationFile", data.resolve("it.xml").toString());
    try {
      LogConfiguration alone = new LogConfiguration(withoutResources());
      alone.setContext(context);
      assertThat(alone.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    } finally {
      System.clearProperty("logback.configurationFile");
    }
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
  }

  /** The program's configuration as it runs outside the tests: no XML file anywhere. */
  private Path configure(Path data) {
    Path file = Logging.configure(data);
    LogConfiguration configuration = new LogConfiguration(withoutResources());
    configuration.setContext(context);
    assertThat(configuration.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    return file;
  }

  private static ClassLoader withoutResources() {
    return new java.net.URLClassLoader(new java.net.URL[0], null);
  }
}
