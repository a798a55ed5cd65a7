package se.namndbok.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import se.namndbok.app.om.OmDialog;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Area;
import se.namndbok.app.shared.AreaCommands;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ContextMenuKeys;
import se.namndbok.app.shared.HelpOverlay;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.OutputFiles;
import se.namndbok.app.shared.OutputNotice;
import se.namndbok.app.shared.Shortcuts;
import se.namndbok.app.shared.StatusBar;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;

/**
 * The main window's content: the menu bar on top, navigation on the left (every area a Tab stop of its own), the
 * open area in the middle, the output notice and the status bar below. The stage's title names the board and the
 * area: "Socialnämnden – Sammanträden – Nämndbok".
 */
final class MainWindow extends BorderPane {
  private final AppServices services;
  private final UiTaskExecutor executor;
  private final Map<String, Node> views = new HashMap<>();
  private final Map<Area, ToggleButton> buttons = new HashMap<>();
  private final StackPane content = new StackPane();
  private final HelpOverlay help = new HelpOverlay();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.titel"));
  private final WindowMenu menu;
  private String namnd = "";
  private Area current;

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
    menu = new WindowMenu(areas, new MenuActions());
    StatusBar status = new StatusBar(executor);
    status.setInfo(statusInfo);
    setTop(menu.bar());
    javafx.animation.PauseTransition told = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(20));
    told.setOnFinished(e -> status.setConnection("", false));
    services.andringar().forbindelseProperty().addListener((o, was, now) -> {
      boolean broken = services.andringar().bruten();
      status.setConnection(now, broken);
      if (broken) {
        told.stop();
      } else {
        told.playFromStart(); // "är tillbaka" is news for a while, not a state to keep telling
      }
    });
    setLeft(sidebar);
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    scroll.setId("omradeScroll");
    scroll.getStyleClass().add("area-scroll");
    setCenter(new StackPane(scroll, help));
    OutputNotice notice = new OutputNotice(services.programs(), executor);
    addEventHandler(OutputNotice.OutputEvent.WRITTEN, e -> notice.show(e));
    setBottom(new VBox(notice, status));
    ContextMenuKeys.firstRowOnArrow(this);
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (Shortcuts.HJALP.matches(e)) {
        help.toggle();
        e.consume();
      }
    });
    sceneProperty().addListener((o, was, now) -> {
      if (now != null) {
        now.windowProperty().addListener((ow, wasWindow, window) -> bindTitle(window));
        bindTitle(now.getWindow());
      }
    });
    loadNamnd();
    show(areas.getFirst());
  }

  /** Every sidebar button is its own Tab stop (a toggle group would make only the selected one reachable). */
  private ToggleButton button(Area area) {
    ToggleButton b = new ToggleButton(Messages.get(area.titleKey()), new FontIcon(area.icon()));
    b.setId("nav-" + area.id());
    b.getStyleClass().add("nav-button");
    b.setUserData(area);
    b.setMnemonicParsing(false);
    b.setAccessibleText(Messages.get(area.titleKey()));
    b.setOnAction(e -> open(area));
    buttons.put(area, b);
    return b;
  }

  /**
   * Opens {@code area} once the open area's unsaved input is saved or discarded (Spara / Släng / Avbryt); on
   * Avbryt the sidebar and the menu keep showing the open area.
   */
  void open(Area area) {
    if (area == current) {
      show(area);
      return;
    }
    Node open = current == null ? null : views.get(current.id());
    if (open instanceof UnsavedChanges.Source s && UnsavedChanges.any(s.guards())) {
      UnsavedChanges.check(s.guards(), UnsavedChanges.dialog(getScene().getWindow()), () -> show(area),
          () -> show(current));
    } else {
      show(area);
    }
  }

  /** Asks about every area's unsaved input before the window closes; {@code close} when all is saved or discarded. */
  void confirmClose(Runnable close) {
    List<UnsavedChanges.Guard> all = views.values().stream().filter(v -> v instanceof UnsavedChanges.Source)
        .flatMap(v -> ((UnsavedChanges.Source) v).guards().stream()).toList();
    UnsavedChanges.check(all, UnsavedChanges.dialog(getScene().getWindow()), close, () -> { });
  }

  /** Shows {@code area} (built the first time), marks it in the sidebar and the menu, and names it in the title. */
  private void show(Area area) {
    current = area;
    help.hide();
    buttons.forEach((a, b) -> b.setSelected(a == area));
    menu.shown(area);
    Node view = views.computeIfAbsent(area.id(), id -> area.factory().create(services, executor));
    String lasbart = endastLasbart(area);
    if (lasbart.isEmpty()) {
      content.getChildren().setAll(view);
    } else {
      Label notice = new Label(lasbart);
      notice.setId("endastLasbart");
      notice.getStyleClass().add("notice");
      notice.setWrapText(true);
      notice.setMaxWidth(Double.MAX_VALUE);
      javafx.scene.layout.VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
      content.getChildren().setAll(new javafx.scene.layout.VBox(notice, view));
    }
    updateTitle();
  }

  /**
   * On a shared store, for a user without the role that changes the area: that it can be read but not changed, and
   * which role would (a walk's registrator and läsare typed whole forms before the server refused them); else "".
   */
  private String endastLasbart(Area area) {
    var behorighet = services.database().behorighet();
    if (!services.database().shared() || area.andras() == null || behorighet.far(area.andras())) {
      return "";
    }
    var anvandare = behorighet.anvandare();
    return Messages.format("behorighet.endast.las", anvandare.namn(), area.andras().benamning(),
        anvandare.roller().stream().sorted().map(se.namndbok.core.anvandare.AnvandarRoll::benamning)
            .collect(java.util.stream.Collectors.joining(", ")));
  }

  private void loadNamnd() {
    BackgroundTask.wrap(() -> services.namnder().current().map(n -> n.namn()).orElse(""))
        .onSuccess(n -> {
          namnd = n;
          updateTitle();
        })
        .executeWith(executor);
  }

  private void updateTitle() {
    String area = current == null ? "" : Messages.get(current.titleKey());
    title.set(namnd.isBlank() ? Messages.format("fonster.titel.utan.namnd", area)
        : Messages.format("fonster.titel", namnd, area));
  }

  /** Names the stage while this is its content (a listener, not a binding: the stage may show other content later). */
  private void bindTitle(javafx.stage.Window window) {
    if (window instanceof Stage stage) {
      stage.setTitle(title.get());
      title.addListener((o, was, now) -> {
        if (getScene() != null && getScene().getWindow() == stage) {
          stage.setTitle(now);
        }
      });
    }
  }

  /** "Socialnämnden – Sammanträden – Nämndbok". */
  ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  private AreaCommands areaCommands() {
    Node view = current == null ? null : views.get(current.id());
    return view instanceof AreaCommands c ? c : null;
  }

  private final class MenuActions implements WindowMenu.Actions {
    @Override
    public AreaCommands area() {
      return areaCommands();
    }

    @Override
    public void open(Area area) {
      MainWindow.this.open(area);
      buttons.get(area).requestFocus();
    }

    @Override
    public void help() {
      help.toggle();
    }

    @Override
    public void about() {
      OmDialog.show(getScene().getWindow());
    }

    @Override
    public void outputFolder() {
      OutputFiles.openFolder(services, executor);
    }

    /**
     * A backup now, besides the automatic daily one (before a large import, say): a zip file in the output folder by
     * default, written off the window's thread, and the notice at the bottom names it with "Visa i mappen".
     */
    @Override
    public void backup() {
      javafx.stage.Window window = getScene().getWindow();
      String name = "namndbok-sakerhetskopia-" + services.core().clock().today() + ".zip";
      OutputFiles.ask(services, window, Messages.get("backup.titel"), name,
          new javafx.stage.FileChooser.ExtensionFilter(Messages.get("aterstall.zipfiler"), "*.zip"))
          .ifPresent(file -> BackgroundTask.wrap(() -> {
                services.core().backup().backup(file);
                return file;
              })
              .titled(Messages.get("backup.pagar"))
              .onSuccess(f -> OutputNotice.OutputEvent.fire(content, Messages.get("backup.klar"), f, List.of()))
              .executeWith(executor));
    }

    @Override
    public void restore() {
      se.namndbok.app.backup.RestoreDialog.show(getScene().getWindow(), services,
          new se.namndbok.app.backup.RestoreViewModel(services.core(), executor, services.andringar()), () -> { });
    }

    /** As if the window's close button was pressed, so that whoever guards unsaved work can still say no. */
    @Override
    public void exit() {
      javafx.stage.Window w = getScene().getWindow();
      if (com.sun.javafx.event.EventUtil.fireEvent(w, new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST)) != null) {
        w.hide();
      }
    }
  }
}
