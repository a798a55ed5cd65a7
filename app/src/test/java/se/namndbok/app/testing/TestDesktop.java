package se.namndbok.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.FileDialogs;
import se.namndbok.app.shared.SystemPrograms;

/**
 * The operating system's side of the window in tests: "open with the system's program" and "show in folder" are
 * recorded (with the file's bytes at that moment), and the file dialogs answer with the paths the test queued.
 */
public final class TestDesktop implements SystemPrograms, FileDialogs {
  public final List<Path> opened = new CopyOnWriteArrayList<>();
  public final Map<Path, byte[]> openedBytes = new ConcurrentHashMap<>();
  public final List<Path> shownInFolder = new CopyOnWriteArrayList<>();
  public final List<Path> dialogFolders = new CopyOnWriteArrayList<>();
  private final Deque<Path> answers = new ArrayDeque<>();

  public AppServices.Desktop desktop() {
    return new AppServices.Desktop(this, this);
  }

  /** The next file dialog answers {@code p}. */
  public synchronized void answer(Path p) {
    answers.add(p);
  }

  private synchronized Optional<Path> next(Path folder) {
    if (folder != null) {
      dialogFolders.add(folder);
    }
    return Optional.ofNullable(answers.poll());
  }

  @Override
  public void open(Path file) throws IOException {
    openedBytes.put(file, Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
    opened.add(file);
  }

  @Override
  public void showInFolder(Path file) {
    shownInFolder.add(file);
  }

  @Override
  public Optional<Path> open(Window owner, String title, Path folder, List<FileChooser.ExtensionFilter> filters) {
    return next(folder);
  }

  @Override
  public Optional<Path> save(Window owner, String title, Path folder, String fileName,
      FileChooser.ExtensionFilter filter) {
    return next(folder).map(p -> Files.isDirectory(p) ? p.resolve(fileName) : p);
  }

  @Override
  public Optional<Path> folder(Window owner, String title, Path folder) {
    return next(folder);
  }
}
