package se.namndbok.app.shared;

import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Where a written file is told: a bar above the status line with what was made, its full path and its warnings,
 * "Öppna" (the system's program) and "Visa i mapp" (the file manager with the file selected). It stays until the
 * next file or "Stäng", and its buttons are Tab stops like any other (decision 0123). Areas tell it by firing an
 * {@link OutputEvent}, which bubbles up to the main window.
 */
public final class OutputNotice extends HBox {
  private final SystemPrograms programs;
  private final TaskExecutor executor;
  private final Label title = new Label();
  private final Label path = new Label();
  private final Label warnings = new Label();
  private Path file;

  /** What had the focus when the notice opened: it gets it back when "Stäng" closes the notice. */
  private Node before;

  public OutputNotice(SystemPrograms programs, TaskExecutor executor) {
    this.programs = programs;
    this.executor = executor;
    setId("utdataNotis");
    getStyleClass().add("output-notice");
    title.setId("utdataRubrik");
    title.getStyleClass().add("section-title");
    path.setId("utdataSokvag");
    Forms.wrapping(path);
    path.setMinHeight(USE_PREF_SIZE);
    warnings.setId("utdataVarningar");
    Forms.wrapping(warnings);
    warnings.setMinHeight(USE_PREF_SIZE);
    warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
    warnings.visibleProperty().bind(warnings.managedProperty());
    VBox text = new VBox(2, title, path, warnings);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button open = button("utdataOppna", "utdata.oppna", new FontIcon(Material2MZ.OPEN_IN_NEW), () -> run(false));
    Button folder = button("utdataVisaMapp", "utdata.visa.mapp", new FontIcon(Material2AL.FOLDER_OPEN),
        () -> run(true));
    Button close = button("utdataStang", "utdata.stang", null, this::hide);
    getChildren().setAll(new FontIcon(Material2AL.CHECK_CIRCLE), text, open, folder, close);
    setAlignment(Pos.CENTER_LEFT);
    hide();
  }

  private static Button button(String id, String key, Node icon, Runnable action) {
    Button b = new Button(Messages.get(key), icon);
    b.setId(id);
    b.setMinWidth(USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** Shows what {@code e} says was written. */
  public void show(OutputEvent e) {
    if (!isVisible() && getScene() != null) {
      before = getScene().getFocusOwner();
    }
    file = e.file();
    title.setText(e.what());
    path.setText(e.file().toAbsolutePath().toString());
    warnings.setText(String.join("\n", e.warnings()));
    setManaged(true);
    setVisible(true);
  }

  /**
   * Closes the notice. Had it the focus ("Stäng" pressed), the focus goes back to where it was when the notice
   * opened, if that is still there to take it; left to itself it went to the side menu, where a keyboard user's
   * next Space opened another area.
   */
  public void hide() {
    Node focused = getScene() == null ? null : getScene().getFocusOwner();
    boolean hadFocus = focused != null && isInside(focused);
    setManaged(false);
    setVisible(false);
    if (hadFocus && before != null && before.getScene() == getScene() && before.isVisible() && !before.isDisabled()) {
      before.requestFocus();
    }
    before = null;
  }

  private boolean isInside(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == this) {
        return true;
      }
    }
    return false;
  }

  private void run(boolean inFolder) {
    Path target = file;
    BackgroundTask.wrap(() -> {
      if (inFolder) {
        programs.showInFolder(target);
      } else {
        programs.open(target);
      }
      return target;
    }).onFailure(t -> ErrorDialog.show(Messages.format("utdata.fel", target.getFileName()),
        t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())).executeWith(executor);
  }

  /** A file was written: {@code what} ("Kallelsen är klar (24 sidor)"), where, and any warnings. */
  public static final class OutputEvent extends Event {
    public static final EventType<OutputEvent> WRITTEN = new EventType<>(Event.ANY, "UTDATA_SKRIVEN");

    private final transient String what;
    private final transient Path file;
    private final transient List<String> warnings;

    public OutputEvent(String what, Path file, List<String> warnings) {
      super(WRITTEN);
      this.what = what;
      this.file = file;
      this.warnings = List.copyOf(warnings);
    }

    public String what() {
      return what;
    }

    public Path file() {
      return file;
    }

    public List<String> warnings() {
      return warnings;
    }

    /** Tells the window, from any node inside it. */
    public static void fire(Node from, String what, Path file, List<String> warnings) {
      from.fireEvent(new OutputEvent(what, file, warnings));
    }
  }
}
