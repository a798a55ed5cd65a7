package se.namndbok.app.shared;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * A button disabled while its work runs (a PDF being written) gives the focus back when it is enabled again.
 * JavaFX moves the focus off a disabled node to the next one — after "Skapa protokoll" that was the first
 * attendance box, where a keyboard user's next Space changed the attendance. If the user has put the focus
 * somewhere else meanwhile, it stays there.
 */
public final class FocusWhileBusy {
  private FocusWhileBusy() {}

  public static Button keep(Button button) {
    boolean[] had = {false};
    Node[] fellTo = {null};
    Runnable lost = () -> {
      had[0] = true;
      fellTo[0] = null;
      Platform.runLater(() -> fellTo[0] = button.getScene() == null ? null : button.getScene().getFocusOwner());
    };
    // which comes first, the focus moved on or the disabled state, is JavaFX's business: both are watched
    button.focusedProperty().addListener((o, was, now) -> {
      if (was && !now && button.isDisabled()) {
        lost.run();
      }
    });
    button.disabledProperty().addListener((o, was, now) -> {
      if (now && button.isFocused()) {
        lost.run();
      } else if (!now && had[0]) {
        had[0] = false;
        Node owner = button.getScene() == null ? null : button.getScene().getFocusOwner();
        if (owner == null || owner == fellTo[0] || fellTo[0] == null) {
          button.requestFocus();
        }
      }
    });
    return button;
  }
}
