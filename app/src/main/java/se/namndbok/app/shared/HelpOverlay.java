package se.namndbok.app.shared;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The F1 overlay: the keyboard shortcuts of {@link Shortcuts#ALL} over the window; Esc, F1 or "Stäng" hide it. */
public final class HelpOverlay extends StackPane {

  public HelpOverlay() {
    setId("helpOverlay");
    getStyleClass().add("help-overlay");
    setVisible(false);
    setManaged(true);
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    int row = 0;
    for (Shortcut s : Shortcuts.ALL) {
      Label keys = new Label(s.display());
      keys.getStyleClass().add("help-keys");
      grid.addRow(row++, keys, new Label(s.text()));
    }
    Label title = new Label(Messages.get("hjalp.rubrik"));
    title.getStyleClass().add("area-title");
    Button close = new Button(Messages.get("hjalp.stang"));
    close.setId("helpClose");
    close.setOnAction(e -> hide());
    VBox card = new VBox(14, title, grid, close);
    card.getStyleClass().add("help-card");
    card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
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

  public void toggle() {
    if (isVisible()) {
      hide();
    } else {
      setVisible(true);
      toFront();
      requestFocus();
    }
  }

  public void hide() {
    setVisible(false);
  }
}
