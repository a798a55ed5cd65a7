package se.namndbok.app.shared;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the operating system does with a file: open it with the program the user has for its kind, or show it
 * selected in the file manager. Called off the JavaFX thread (the calls may block); tests replace it.
 */
public interface SystemPrograms {
  void open(Path file) throws IOException;

  void showInFolder(Path file) throws IOException;

  static SystemPrograms desktop() {
    return new DesktopPrograms();
  }
}
