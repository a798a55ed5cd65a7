package se.namndbok.app.shared;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.namndbok.core.namnd.Namnd;

/**
 * Asking where a file goes: the save dialog opens in the board's output folder (created the first time) with the
 * file's usual name, so by default every file lands where the user looks for it (decision 0123).
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** The board's output folder, created if needed; the user's home when the store has no board yet. */
  public static Path folder(AppServices services) {
    Optional<Namnd> n = services.namnder().current();
    if (n.isEmpty()) {
      return Path.of(System.getProperty("user.home"));
    }
    try {
      return OutputFolders.created(services.preferences(), n.get());
    } catch (IOException e) {
      return OutputFolders.folder(services.preferences(), n.get());
    }
  }

  /** Where to write {@code fileName}; empty when the user cancelled. */
  public static Optional<Path> ask(AppServices services, Window owner, String title, String fileName,
      FileChooser.ExtensionFilter filter) {
    return services.fileDialogs().save(owner, title, folder(services), fileName, filter);
  }

  /** Opens the board's output folder in the file manager. */
  public static void openFolder(AppServices services, TaskExecutor executor) {
    BackgroundTask.wrap(() -> {
      Path folder = folder(services);
      services.programs().open(folder);
      return folder;
    }).executeWith(executor);
  }
}
