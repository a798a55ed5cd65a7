package se.namndbok.app.shared;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@link SystemPrograms} of the desktop: AWT's {@link Desktop} where it can, otherwise the platform's own command
 * ({@code explorer /select,} on Windows, {@code open -R} on macOS, {@code xdg-open} on Linux).
 */
final class DesktopPrograms implements SystemPrograms {
  private final String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

  @Override
  public void open(Path file) throws IOException {
    if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
      inSwedish(file, () -> Desktop.getDesktop().open(file.toFile()));
    } else if (os.startsWith("mac")) {
      run(List.of("open", file.toString()));
    } else {
      run(List.of("xdg-open", file.toString()));
    }
  }

  @Override
  public void showInFolder(Path file) throws IOException {
    if (os.startsWith("windows")) {
      run(List.of("explorer.exe", "/select," + file.toAbsolutePath()));
    } else if (os.startsWith("mac")) {
      run(List.of("open", "-R", file.toString()));
    } else if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
      inSwedish(file.getParent(), () -> Desktop.getDesktop().browseFileDirectory(file.toFile()));
    } else {
      open(file.toAbsolutePath().getParent());
    }
  }

  interface DesktopCall {
    void run() throws IOException;
  }

  /**
   * Runs an AWT desktop call whose failure reads in the platform's words ("Failed to show URI:…" from GTK on a
   * Linux desktop without a file manager): the user gets the Swedish sentence naming the file, the platform's
   * words stay in the cause for the log.
   */
  static void inSwedish(Path file, DesktopCall call) throws IOException {
    try {
      call.run();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      throw new IOException(Messages.format("oppna.fel.ingetprogram", file.getFileName()), e);
    }
  }

  private static void run(List<String> command) throws IOException {
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new IOException(Messages.format("oppna.fel.program", String.join(" ", command)), e);
    }
  }
}
