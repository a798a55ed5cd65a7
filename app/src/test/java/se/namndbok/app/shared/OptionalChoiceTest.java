package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Justerare 2 picked by mistake can be taken back: with the list's "Ingen" or with Delete. */
@ExtendWith(ApplicationExtension.class)
class OptionalChoiceTest {
  private final ObservableList<String> choices = FXCollections.observableArrayList("Karin Björk", "Tomas Nordström");
  private ComboBox<String> box;

  @Start
  void start(Stage stage) {
    box = OptionalChoice.of(new ComboBox<>(), choices);
    box.setId("val");
    stage.setScene(new Scene(new VBox(box, new TextField()), 300, 200));
    stage.show();
  }

  @Test
  void deleteOnTheClosedBoxEmptiesIt(FxRobot robot) {
    robot.interact(() -> {
      box.setValue("Tomas Nordström");
      box.requestFocus();
    });

    robot.type(KeyCode.DELETE);

    assertThat(box.getValue()).isNull();
  }

  @Test
  void theListStartsWithIngenWhichEmptiesTheChoice(FxRobot robot) {
    robot.interact(() -> box.setValue("Karin Björk"));
    robot.clickOn("#val");
    waitUntil("the list shown", () -> box.isShowing());
    ListCell<?> forsta = robot.lookup(".combo-box-popup .list-cell").nth(0).query();
    assertThat(forsta.getText()).isEqualTo("Ingen");

    robot.clickOn(forsta);

    waitUntil("the list closed", () -> !box.isShowing());
    assertThat(box.getValue()).isNull();
  }

  @Test
  void newChoicesKeepWhatIsChosenAndStillStartWithIngen(FxRobot robot) {
    robot.interact(() -> box.setValue("Karin Björk"));

    robot.interact(() -> choices.setAll("Karin Björk", "Lena Sundberg"));

    assertThat(box.getValue()).isEqualTo("Karin Björk");
    assertThat(box.getSelectionModel().getSelectedItem()).isEqualTo("Karin Björk");
    assertThat(box.getItems()).containsExactly(null, "Karin Björk", "Lena Sundberg");

    robot.interact(() -> choices.setAll("Annika Lindqvist", "Karin Björk", "Lena Sundberg"));
    assertThat(box.getSelectionModel().getSelectedItem()).as("one added before it").isEqualTo("Karin Björk");
    assertThat(shown()).isEqualTo("Karin Björk");
  }

  @Test
  void theSameChoicesReadAgainLeaveTheChoiceAndWhatTheBoxShowsAsTheyWere(FxRobot robot) {
    javafx.beans.property.ObjectProperty<String> justerare = new javafx.beans.property.SimpleObjectProperty<>();
    java.util.List<String> taken = new java.util.ArrayList<>();
    robot.interact(() -> {
      choices.setAll("Annika Lindqvist", "Karin Björk", "Lena Sundberg", "Tomas Nordström");
      box.valueProperty().bindBidirectional(justerare);
      box.getSelectionModel().select("Lena Sundberg"); // as a user picks it
      justerare.addListener((o, was, now) -> taken.add(now));
    });
    assertThat(shown()).as("shown before").isEqualTo("Lena Sundberg");

    // a save reads the attendance back: the same people, new objects
    robot.interact(() -> choices.setAll(new String("Annika Lindqvist"), new String("Karin Björk"),
        new String("Lena Sundberg"), new String("Tomas Nordström")));
    robot.interact(() -> { });

    assertThat(taken).as("what the form's value went through").isEmpty();
    assertThat(box.getValue()).isEqualTo("Lena Sundberg");
    assertThat(box.getSelectionModel().getSelectedItem()).isEqualTo("Lena Sundberg");
    assertThat(shown()).isEqualTo("Lena Sundberg");
  }

  /** What the closed box shows: its button cell's text (the list's own cells are OptionalChoice's). */
  private String shown() {
    return box.lookupAll(".list-cell").stream().filter(n -> n instanceof ListCell<?>
        && n.getClass().getEnclosingClass() != OptionalChoice.class)
        .map(n -> String.valueOf(((ListCell<?>) n).getText())).reduce((a, b) -> a + "|" + b).orElse("(ingen)");
  }
}
