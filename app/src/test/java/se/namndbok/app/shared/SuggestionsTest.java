package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.namndbok.app.testing.WindowFixture;

/**
 * The races behind the keyboard-entry window test that waited in vain for its decision on a busy machine:
 * suggestions that arrive late must not pop up under a field the user has left or typed on in, and a list
 * shown for an earlier text must close when the user types on, or the next Enter or Tab chooses its stale
 * first suggestion instead of saving or moving on.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsTest {
  private final CountDownLatch slowAnswer = new CountDownLatch(1);
  private final CountDownLatch asked = new CountDownLatch(1);
  private final CountDownLatch answered = new CountDownLatch(1);
  private TextField first;
  private TextField second;
  private Suggestions binding;

  @Start
  void start(Stage stage) {
    first = new TextField();
    first.setId("first");
    second = new TextField();
    second.setId("second");
    binding = Suggestions.bind(first, typed -> switch (typed) {
      case "2025/11" -> slow();
      case "2024/11" -> List.of("2024/1129", "2024/1184");
      case "2024/118" -> held();
      default -> List.of();
    });
    stage.setScene(new Scene(new VBox(first, second), 300, 120));
    stage.show();
  }

  private List<String> slow() {
    asked.countDown();
    try {
      slowAnswer.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    answered.countDown();
    return List.of("2025/1129", "2025/1184");
  }

  /** The answer for "2024/118", held back until the test lets it through. */
  private List<String> held() {
    try {
      slowAnswer.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return List.of("2024/1184");
  }

  private void letTheLateAnswerArrive() throws InterruptedException {
    assertThat(asked.await(30, TimeUnit.SECONDS)).as("the slow suggestion was asked for").isTrue();
    slowAnswer.countDown();
    assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
    // the fetch task fills the list and shows or hides it in one step on the JavaFX thread
    waitUntil("the late answer handed over", () -> !binding.getAutoCompletionPopup().getSuggestions().isEmpty());
  }

  @Test
  void aLateListForAFieldTheUserHasLeftNeverShowsAndEnterReachesTheForm(FxRobot robot) throws Exception {
    robot.clickOn("#first").write("2025/11");
    waitUntil("asked", () -> asked.getCount() == 0);
    robot.type(KeyCode.TAB).write("4.2");
    waitUntil("focus moved", () -> second.isFocused());

    letTheLateAnswerArrive();
    robot.type(KeyCode.ENTER);

    assertThat(binding.getAutoCompletionPopup().isShowing()).isFalse();
    assertThat(first.getText()).isEqualTo("2025/11");
  }

  @Test
  void aListShownForAnEarlierTextClosesWhenTheUserTypesOnSoTabMovesOnWithWhatWasTyped(FxRobot robot) {
    robot.clickOn("#first").write("2024/11");
    waitUntil("the list for 2024/11 shown", () -> binding.getAutoCompletionPopup().isShowing());

    robot.write("8");
    waitUntil("the stale list closed", () -> !binding.getAutoCompletionPopup().isShowing());
    robot.type(KeyCode.TAB);

    waitUntil("focus moved on", () -> second.isFocused());
    assertThat(first.getText()).isEqualTo("2024/118");
    slowAnswer.countDown();
    robot.write("4.2");
    waitUntil("typed into the next field", () -> second.getText().equals("4.2"));
    assertThat(binding.getAutoCompletionPopup().isShowing()).isFalse();
  }

  /** Tab in the open list chooses the suggestion and moves on: the next field's text no longer lands in this one. */
  @Test
  void tabChoosesTheSelectedSuggestionAndMovesToTheNextField(FxRobot robot) {
    robot.clickOn("#first").write("2024/11");
    waitUntil("the list for 2024/11 shown", () -> binding.getAutoCompletionPopup().isShowing());

    robot.type(KeyCode.TAB);
    waitUntil("the suggestion chosen", () -> first.getText().equals("2024/1129"));
    waitUntil("focus moved on", () -> second.isFocused());
    robot.write("4.2");

    waitUntil("typed into the next field", () -> second.getText().equals("4.2"));
    assertThat(first.getText()).isEqualTo("2024/1129");
  }

  /** Enter chooses the suggestion and stays, so that the next Enter reaches the form (saves). */
  @Test
  void enterChoosesTheSelectedSuggestionAndStays(FxRobot robot) {
    robot.clickOn("#first").write("2024/11");
    waitUntil("the list for 2024/11 shown", () -> binding.getAutoCompletionPopup().isShowing());

    robot.type(KeyCode.ENTER);

    waitUntil("the suggestion chosen", () -> first.getText().equals("2024/1129"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(first.isFocused()).isTrue();
  }

  @Test
  void anAnswerForTheTextInTheFocusedFieldShows(FxRobot robot) throws Exception {
    robot.clickOn("#first").write("2025/11");

    letTheLateAnswerArrive();

    waitUntil("the list shown", () -> binding.getAutoCompletionPopup().isShowing());
  }

  @Test
  void withTheListOpenHomeAndSelectAllStillEditTheFieldAndTheListIsAsWideAsIt(FxRobot robot) {
    robot.clickOn("#first").write("2024/11");
    waitUntil("the list for 2024/11 shown", () -> binding.getAutoCompletionPopup().isShowing());
    assertThat(binding.getAutoCompletionPopup().getSkin().getNode().getLayoutBounds().getWidth())
        .as("the list's width").isEqualTo(first.getWidth(), org.assertj.core.data.Offset.offset(2.0));

    robot.type(KeyCode.HOME).write("X");
    waitUntil("typed at the start", () -> first.getText().equals("X2024/11"));

    robot.type(KeyCode.BACK_SPACE);
    waitUntil("the list shown again", () -> first.getText().equals("2024/11")
        && binding.getAutoCompletionPopup().isShowing());
    robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    waitUntil("all selected", () -> first.getSelectedText().equals("2024/11"));
  }

  /** One suggestion, one row: ControlsFX's list, sized for 24 px rows plus 18 px, showed an empty row under it. */
  @Test
  void theListIsAsHighAsItsSuggestions(FxRobot robot) {
    robot.clickOn("#first").write("2024/11");
    waitUntil("the list for 2024/11 shown", () -> binding.getAutoCompletionPopup().isShowing());
    javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) binding.getAutoCompletionPopup().getSkin()
        .getNode();
    WindowFixture.layOut(robot, list);

    java.util.List<javafx.scene.Node> rows = list.lookupAll(".list-cell").stream()
        .filter(n -> n.isVisible() && n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null).toList();
    assertThat(rows).hasSize(2);
    double filled = rows.stream().mapToDouble(n -> n.getLayoutBounds().getHeight()).sum();
    assertThat(list.getHeight() - filled).as("the list's height beyond its two rows").isBetween(0.0, 4.0);
    assertThat(list.lookupAll(".scroll-bar").stream().filter(javafx.scene.Node::isVisible)).as("a scroll bar").isEmpty();
    assertThat(list.getStylesheets()).as("ControlsFX's Modena colours").noneMatch(s -> s.endsWith("autocompletion.css"));
  }
}
