package se.namndbok.app.shared;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The F1 overlay: the keyboard model, group by group from {@link Shortcuts#GROUPS}, over the window; it scrolls
 * on a small screen. Esc, F1 or "Stäng" hide it.
 */
public final class HelpOverlay extends StackPane {
  private final Button close = new Button(Messages.get("hjalp.stang"));

  public HelpOverlay() {
    setId("helpOverlay");
    getStyleClass().add("help-overlay");
    setVisible(false);
    FlowPane groups = new FlowPane(32, 16);
    groups.setPrefWrapLength(860);
    for (Shortcuts.Group g : Shortcuts.GROUPS) {
      groups.getChildren().add(group(g));
    }
    Label title = new Label(Messages.get("hjalp.rubrik"));
    title.getStyleClass().add("area-title");
    Label intro = new Label(Messages.get("hjalp.text"));
    Forms.wrapping(intro);
    intro.setMaxWidth(860);
    close.setId("helpClose");
    close.setOnAction(e -> hide());
    ScrollPane scroll = new ScrollPane(groups);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("help-scroll");
    VBox card = new VBox(14, title, intro, scroll, close);
    card.getStyleClass().add("help-card");
    card.setMaxWidth(920);
    card.setMaxHeight(USE_PREF_SIZE);
    card.setAccessibleText(Messages.get("hjalp.rubrik"));
    getChildren().setAll(card);
    setAlignment(Pos.CENTER);
    setOnMouseClicked(e -> {
      if (e.getTarget() == this) {
        hide();
      }
    });
    setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE || Shortcuts.HJALP.matches(e)) {
        hide();
        e.consume();
      }
    });
  }

  private static VBox group(Shortcuts.Group g) {
    Label heading = new Label(g.title());
    heading.getStyleClass().add("section-title");
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(4);
    int row = 0;
    for (Shortcut s : g.shortcuts()) {
      Label keys = new Label(s.display());
      keys.getStyleClass().add("help-keys");
      keys.setMinWidth(USE_PREF_SIZE);
      Label text = new Label(s.text());
      Forms.wrapping(text);
      text.setMaxWidth(260);
      grid.addRow(row++, keys, text);
    }
    VBox box = new VBox(6, heading, grid);
    box.setPrefWidth(410);
    return box;
  }

  public void toggle() {
    if (isVisible()) {
      hide();
    } else {
      setVisible(true);
      toFront();
      close.requestFocus();
    }
  }

  public void hide() {
    setVisible(false);
  }
}
