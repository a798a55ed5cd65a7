package se.namndbok.app.testing;

import java.io.File;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The class path for the program in a JVM of its own, as the user runs it: the test JVM's, less the compiled tests
 * (and the tests' logback-test.xml with them, which would keep the log out of the data folder and so hide the
 * program's own log configuration). Libraries the tests add, such as Monocle, stay.
 */
public final class ProgramClasspath {
  private ProgramClasspath() {}

  public static String get() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator)
            && !entry.endsWith("-tests.jar"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
