package se.namndbok.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Area;
import se.namndbok.app.shared.HelpOverlay;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.StatusBar;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;

/** The main window's content: navigation on the left, the open area in the middle, the status bar below. */
final class MainWindow extends BorderPane {
  private final AppServices services;
  private final UiTaskExecutor executor;
  private final Map<String, Node> views = new HashMap<>();
  private final ToggleGroup navigation = new ToggleGroup();
  private final StackPane content = new StackPane();
  private final HelpOverlay help = new HelpOverlay();
  private boolean reverting;

  MainWindow(AppServices services, UiTaskExecutor executor, List<Area> areas, String statusInfo) {
    this.services = services;
    this.executor = executor;
    setId("mainWindow");
    VBox sidebar = new VBox();
    sidebar.getStyleClass().add("sidebar");
    sidebar.setAccessibleText(Messages.get("nav.titel"));
    Label name = new Label(Messages.get("app.titel"));
    name.getStyleClass().add("app-name");
    sidebar.getChildren().add(name);
    for (Area area : areas) {
      sidebar.getChildren().add(button(area));
    }
    StatusBar status = new StatusBar(executor);
    status.setInfo(statusInfo);
    services.andringar().forbindelseProperty().addListener((o, was, now) -> status.setInfo(statusInfo + "  ·  " + now));
    setLeft(sidebar);
    setCenter(new StackPane(content, help));
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (Shortcuts.HJALP.matches(e)) {
        help.toggle();
        e.consume();
      }
    });
    setBottom(status);
    navigation.selectedToggleProperty().addListener((o, was, now) -> {
      if (now == null) {
        navigation.selectToggle(was);
      } else if (!reverting) {
        leave(() -> open((Area) now.getUserData()), () -> revert(was));
      }
    });
    navigation.selectToggle(navigation.getToggles().getFirst());
  }

  private ToggleButton button(Area area) {
    ToggleButton b = new ToggleButton(Messages.get(area.titleKey()), new FontIcon(area.icon()));
    b.setId("nav-" + area.id());
    b.getStyleClass().add("nav-button");
    b.setUserData(area);
    b.setToggleGroup(navigation);
    b.setAccessibleText(Messages.get(area.titleKey()));
    return b;
  }

  /** Asks about the open area's unsaved input (Spara / Släng / Avbryt) before it is left. */
  private void leave(Runnable proceed, Runnable stay) {
    Node current = content.getChildren().isEmpty() ? null : content.getChildren().getFirst();
    if (current instanceof UnsavedChanges.Source s && UnsavedChanges.any(s.guards())) {
      UnsavedChanges.check(s.guards(), UnsavedChanges.dialog(getScene().getWindow()), proceed, stay);
    } else {
      proceed.run();
    }
  }

  private void revert(javafx.scene.control.Toggle was) {
    reverting = true;
    navigation.selectToggle(was);
    reverting = false;
  }

  /** Asks about every area's unsaved input before the window closes; {@code close} when all is saved or discarded. */
  void confirmClose(Runnable close) {
    List<UnsavedChanges.Guard> all = views.values().stream().filter(v -> v instanceof UnsavedChanges.Source)
        .flatMap(v -> ((UnsavedChanges.Source) v).guards().stream()).toList();
    UnsavedChanges.check(all, UnsavedChanges.dialog(getScene().getWindow()), close, () -> { });
  }

  private void open(Area area) {
    help.hide();
    content.getChildren().setAll(views.computeIfAbsent(area.id(), id -> area.factory().create(services, executor)));
  }
}
