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

/**
 * The race behind the keyboard-entry window test that once waited in vain for its fifth decision: suggestions
 * that arrive late (a busy machine) must not pop up under a field the user has left or typed on in, where
 * the next Enter would choose the stale first suggestion instead of saving.
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
    binding = Suggestions.bind(first, typed -> typed.equals("2025/11") ? slow() : List.of());
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

  private void letTheLateAnswerArrive() throws InterruptedException {
    assertThat(asked.await(30, TimeUnit.SECONDS)).as("the slow suggestion was asked for").isTrue();
    slowAnswer.countDown();
    assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
    WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS); // the fetch task hands over to the JavaFX thread
    WaitForAsyncUtils.waitForFxEvents();
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
  void anAnswerForTheTextInTheFocusedFieldShows(FxRobot robot) throws Exception {
    robot.clickOn("#first").write("2025/11");

    letTheLateAnswerArrive();

    waitUntil("the list shown", () -> binding.getAutoCompletionPopup().isShowing());
  }
}
