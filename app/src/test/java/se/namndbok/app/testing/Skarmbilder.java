package se.namndbok.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * The screenshots in docs/screenshots: a window test run with {@code -Dskarm.bilder=FOLDER} saves what it shows
 * there as PNG files (README "Skärmbilder"); without the property it saves nothing.
 */
public final class Skarmbilder {
  private Skarmbilder() {}

  /** Whether this run saves screenshots. */
  public static boolean asked() {
    return System.getProperty("skarm.bilder") != null;
  }

  /** Saves {@code scene} as {@code name}.png when asked. */
  public static void save(FxRobot robot, Scene scene, String name) {
    if (!asked()) {
      return;
    }
    AtomicReference<WritableImage> image = new AtomicReference<>();
    robot.interact(() -> image.set(scene.snapshot(null)));
    try {
      Path folder = Files.createDirectories(Path.of(System.getProperty("skarm.bilder")));
      ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", folder.resolve(name + ".png").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
