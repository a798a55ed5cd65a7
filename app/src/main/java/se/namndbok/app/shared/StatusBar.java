package se.namndbok.app.shared;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: which board and data folder, and the newest running task with its progress and "Avbryt". */
public final class StatusBar extends HBox {
  private final Label info = new Label();
  private final Label connection = new Label();
  private final ObjectProperty<BackgroundTask<?>> current = new SimpleObjectProperty<>();

  public StatusBar(UiTaskExecutor executor) {
    setId("statusBar");
    getStyleClass().add("status-bar");
    info.setId("statusInfo");
    Label taskTitle = new Label();
    taskTitle.setId("statusTask");
    ProgressBar progress = new ProgressBar();
    progress.setPrefWidth(160);
    progress.setAccessibleText(Messages.get("status.arbetar"));
    Button cancel = new Button(Messages.get("status.avbryt"));
    cancel.setId("statusCancel");
    cancel.setMinWidth(Region.USE_PREF_SIZE); // a wait the user may end must show how, whatever else is shown
    progress.setMinWidth(80);
    cancel.setAccessibleHelp(Messages.get("status.avbryt.tips"));
    cancel.setOnAction(e -> {
      if (current.get() != null) {
        current.get().cancel();
      }
    });
    current.addListener((o, was, now) -> {
      taskTitle.textProperty().unbind();
      progress.progressProperty().unbind();
      if (now != null) {
        taskTitle.textProperty().bind(Bindings.when(now.titleProperty().isEmpty())
            .then(Messages.get("status.arbetar")).otherwise(now.titleProperty()));
        progress.progressProperty().bind(now.progressProperty());
      }
    });
    HBox working = new HBox(8, taskTitle, progress, cancel);
    working.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    working.visibleProperty().bind(current.isNotNull());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    connection.setId("statusForbindelse");
    connection.setMinWidth(Region.USE_PREF_SIZE); // the board's name gives way to it, not the other way round
    connection.managedProperty().bind(connection.textProperty().isNotEmpty());
    connection.visibleProperty().bind(connection.managedProperty());
    getChildren().setAll(info, connection, gap, working);
    executor.running().addListener((ListChangeListener<BackgroundTask<?>>) c ->
        current.set(executor.running().isEmpty() ? null : executor.running().getLast()));
  }

  public void setInfo(String text) {
    info.setText(text);
  }

  /**
   * The shared store's connection, told beside the info and never cut short by it (empty: nothing to tell);
   * {@code broken} shows it as a warning.
   */
  public void setConnection(String text, boolean broken) {
    connection.setText(text);
    connection.getStyleClass().remove("warning-text");
    if (broken) {
      connection.getStyleClass().add("warning-text");
    }
  }
}
