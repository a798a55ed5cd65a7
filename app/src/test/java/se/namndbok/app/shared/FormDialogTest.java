package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A form dialog fits its form at the width it has, grows when the form does after opening, and leaves a size the
 * user gave it alone: narrowing it rewraps the help text, which must not make the dialog snap back.
 */
@ExtendWith(ApplicationExtension.class)
class FormDialogTest {
  private Stage stage;
  private Dialog<Void> dialog;
  private Label hint;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new VBox(), 900, 700));
    stage.show();
  }

  private void open(FxRobot robot) {
    robot.interact(() -> {
      dialog = new Dialog<>();
      hint = Forms.wrapping(new Label("Skriv datum som 2025-11-20, 20251120 eller 20/11, välj i kalendern eller ta "
          + "nästa datum ur sammanträdesplanen."));
      TextField field = new TextField();
      field.setId("formDialogTestFalt");
      FormDialog.setUp(dialog, stage, new FormDialog.Spec<Void>("Prov", "formDialogTest", "Spara", "formDialogSpara",
          "formDialogAvbryt", new VBox(8, hint, field), "formDialogTestFalt", new SimpleBooleanProperty(),
          done -> done.accept(null), List.of(new SimpleStringProperty())));
      dialog.getDialogPane().setPrefWidth(520);
      dialog.show();
    });
    waitUntil("the dialog fitted", () -> !scrolls());
  }

  private boolean scrolls() {
    var scroll = (javafx.scene.control.ScrollPane) dialog.getDialogPane().getContent();
    return scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 1;
  }

  @Test
  void theFormGrowsAfterOpeningAndTheDialogGrowsWithItInsteadOfScrolling(FxRobot robot) {
    open(robot);
    robot.interact(() -> hint.setText(hint.getText() + "\nSammanträdesplanen har inget senare datum. Lägg in årets "
        + "datum under Inställningar → Sammanträden."));

    waitUntil("the dialog grown to the longer text", () -> !scrolls());
  }

  @Test
  void aDialogTheUserMadeNarrowerStaysAsNarrow(FxRobot robot) throws Exception {
    open(robot);
    Window w = dialog.getDialogPane().getScene().getWindow();
    double wide = w.getWidth();
    robot.interact(() -> w.setWidth(wide - 150));
    for (int i = 0; i < 5; i++) {
      robot.interact(() -> { });
      Thread.sleep(50);
    }

    assertThat(w.getWidth()).as("the width the user gave it").isEqualTo(wide - 150);
    robot.interact(() -> dialog.close());
  }
}
