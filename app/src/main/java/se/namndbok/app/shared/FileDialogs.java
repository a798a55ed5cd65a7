package se.namndbok.app.shared;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file dialogs, opening in a given folder (the board's output folder, decision 0123). Tests replace
 * them: a native dialog cannot be driven by a robot.
 */
public interface FileDialogs {
  /** A file to read, or empty when the user cancelled. */
  Optional<Path> open(Window owner, String title, Path folder, List<FileChooser.ExtensionFilter> filters);

  /** Where to write {@code fileName}, or empty when the user cancelled. */
  Optional<Path> save(Window owner, String title, Path folder, String fileName, FileChooser.ExtensionFilter filter);

  /** A folder, or empty when the user cancelled. */
  Optional<Path> folder(Window owner, String title, Path folder);

  static FileDialogs system() {
    return new FileDialogs() {
      @Override
      public Optional<Path> open(Window owner, String title, Path folder, List<FileChooser.ExtensionFilter> filters) {
        FileChooser c = chooser(title, folder);
        c.getExtensionFilters().setAll(filters);
        return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
      }

      @Override
      public Optional<Path> save(Window owner, String title, Path folder, String fileName,
          FileChooser.ExtensionFilter filter) {
        FileChooser c = chooser(title, folder);
        c.setInitialFileName(fileName);
        c.getExtensionFilters().setAll(filter);
        return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
      }

      @Override
      public Optional<Path> folder(Window owner, String title, Path folder) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
          c.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
      }

      private FileChooser chooser(String title, Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
          c.setInitialDirectory(folder.toFile());
        }
        return c;
      }
    };
  }
}
