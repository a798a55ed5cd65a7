package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Skapa protokoll" disabled while the PDF is written: the focus comes back to it, not left on a check box. */
@ExtendWith(ApplicationExtension.class)
class FocusWhileBusyTest {
  private final SimpleBooleanProperty running = new SimpleBooleanProperty();
  private Button skapa;
  private CheckBox narvarande;
  private TextField annat;

  @Start
  void start(Stage stage) {
    skapa = FocusWhileBusy.keep(new Button("Skapa protokoll"));
    skapa.disableProperty().bind(running);
    narvarande = new CheckBox("Närvarande");
    annat = new TextField();
    stage.setScene(new Scene(new VBox(skapa, narvarande, annat), 300, 200));
    stage.show();
  }

  @Test
  void theFocusComesBackWhenTheWorkIsDoneUnlessTheUserMovedIt(FxRobot robot) {
    robot.interact(skapa::requestFocus);
    waitUntil("Skapa focused", skapa::isFocused);
    robot.interact(() -> running.set(true));
    waitUntil("the focus moved off the disabled button", () -> !skapa.isFocused());
    robot.interact(() -> { });
    robot.interact(() -> running.set(false));
    waitUntil("back on Skapa", skapa::isFocused);
    assertThat(narvarande.isSelected()).isFalse();

    robot.interact(() -> running.set(true));
    robot.interact(() -> { });
    robot.interact(annat::requestFocus);
    robot.interact(() -> running.set(false));
    robot.interact(() -> { });
    assertThat(annat.isFocused()).as("the user's own choice stays").isTrue();
  }
}
