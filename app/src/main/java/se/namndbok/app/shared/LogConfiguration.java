package se.namndbok.app.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Map;

/**
 * The log as code rather than a logback.xml (decision 0165): the file {@code namndbok.log} in the folder
 * {@link Logging#logFile()} names (the data folder's log folder), rolled over at 5 MB into five older files, INFO
 * and up, the libraries' chatter held back. Found by logback through {@code META-INF/services}, before it looks
 * for an XML file; reading the XML (SAX, Joran's model, its processors) was about a tenth of a command's start.
 * An XML file still wins when there is one, as logback would look for it: a {@code -Dlogback.configurationFile=…}
 * that IT gives, or a logback-test.xml or logback.xml on the class path (the tests'); logback asks the configurators
 * it finds as services before its own XML reading, whatever their rank, so this one steps aside itself.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
  static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{40} - %msg%n";
  static final Map<String, Level> LIBRARIES = Map.of("org.flywaydb", Level.WARN, "org.jooq", Level.WARN,
      "org.apache.pdfbox", Level.ERROR, "org.verapdf", Level.WARN);

  private final ClassLoader resources;

  /** As logback's service loader makes it. */
  public LogConfiguration() {
    this(LogConfiguration.class.getClassLoader());
  }

  /** {@code resources}: where an XML configuration would be looked for. */
  LogConfiguration(ClassLoader resources) {
    this.resources = resources;
  }

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null || resources.getResource("logback-test.xml") != null
        || resources.getResource("logback.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    // java.util.logging (JavaFX) comes here through jul-to-slf4j; its levels follow these, so what is off costs nothing
    LevelChangePropagator julLevels = new LevelChangePropagator();
    julLevels.setContext(context);
    julLevels.setResetJUL(true);
    julLevels.start();
    context.addListener(julLevels);

    Path file = Logging.logFile().toAbsolutePath();
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("FILE");
    appender.setFile(file.toString());
    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(appender);
    rolling.setFileNamePattern(file.resolveSibling("namndbok.%i.log").toString());
    rolling.setMinIndex(1);
    rolling.setMaxIndex(5);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(FileSize.valueOf("5MB"));
    trigger.start();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.setEncoder(encoder);
    appender.start();

    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(appender);
    LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
