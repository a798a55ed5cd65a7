package se.namndbok.app.shared;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One area of the main window's navigation: its id (node ids {@code nav-<id>}), the bundle key of its
 * name, its icon and how to build its view. The view is built the first time the area is opened.
 */
public record Area(String id, String titleKey, Ikon icon, Factory factory) {

  /** Builds the area's view from the open store's services and the task runner. */
  @FunctionalInterface
  public interface Factory {
    Node create(AppServices services, TaskExecutor executor);
  }
}
