package se.namndbok.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import se.namndbok.app.demo.DemoLoader;
import se.namndbok.core.db.Database;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.demo.DemoBilagaPdf;

/**
 * The demo board for window and view-model tests: installed once per test JVM into a template folder (it takes
 * seconds, too long for a window test's start on the JavaFX thread and for every test of a class), then copied for
 * each test, which gets a store of its own.
 */
public final class DemoTemplate {
  private static Path template;

  private DemoTemplate() {}

  /** A fresh copy of the demo store, opened; call from the test thread, before the window starts. */
  public static Database copy() {
    return Database.openEmbedded(copyFolder());
  }

  /** A fresh copy of the demo store as a test store whose documents are the program's PDFs. */
  public static TestStore store() {
    return TestStore.open(copyFolder(), se.namndbok.app.CoreWiring.renderers());
  }

  private static Path copyFolder() {
    Path copy = newFolder("demo");
    try (Stream<Path> files = Files.walk(template())) {
      for (Path p : files.toList()) {
        Path target = copy.resolve(template().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  /** Installs the template now (from a test's {@code @BeforeAll}, off the JavaFX thread). */
  public static void warm() {
    template();
  }

  private static synchronized Path template() {
    if (template == null) {
      Path folder = newFolder("demo-mall");
      try (Database db = Database.openEmbedded(folder)) {
        new DemoLoader(DemoBilagaPdf::of).load(se.namndbok.app.CoreWiring.build(db, TestStore.CLOCK));
      }
      template = folder;
    }
    return template;
  }

  private static Path newFolder(String prefix) {
    try {
      Path base = Files.createDirectories(Path.of("target", "test-stores"));
      return Files.createTempDirectory(base, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
