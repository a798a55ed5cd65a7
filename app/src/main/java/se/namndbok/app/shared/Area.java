package se.namndbok.app.shared;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One area of the main window's navigation: its id (node ids {@code nav-<id>}), the bundle key of its
 * name, its icon, how to build its view (the first time the area is opened) and the role that changes what it shows
 * on a shared store (the server refuses the others; the window says so before anything is typed).
 */
public record Area(String id, String titleKey, Ikon icon, Factory factory,
    se.namndbok.core.anvandare.AnvandarRoll andras) {

  /** Builds the area's view from the open store's services and the task runner. */
  @FunctionalInterface
  public interface Factory {
    Node create(AppServices services, TaskExecutor executor);
  }
}
