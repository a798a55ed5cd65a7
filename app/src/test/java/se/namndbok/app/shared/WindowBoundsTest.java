package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {
  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
  private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1366, 0, 1920, 1050);

  @Test
  void keepsBoundsThatLieOnAScreen() {
    WindowBounds b = new WindowBounds(1500, 100, 1200, 800, false);

    assertThat(b.fitInto(List.of(LAPTOP, RIGHT_MONITOR))).isEqualTo(b);
  }

  @Test
  void movesAWindowLeftOnAnUnpluggedMonitorBackToTheFirstScreen() {
    WindowBounds onMonitor = new WindowBounds(1500, 100, 1200, 800, true);

    WindowBounds fitted = onMonitor.fitInto(List.of(LAPTOP));

    assertThat(fitted).isEqualTo(WindowBounds.defaultFor(LAPTOP).withMaximized(true));
    assertThat(fitted.width()).isEqualTo(1366);
    assertThat(fitted.height()).isEqualTo(728);
  }

  @Test
  void theFirstWindowIsMaximisedOnScreensUpTo1440PixelsWide() {
    assertThat(WindowBounds.defaultFor(LAPTOP)).isEqualTo(new WindowBounds(0, 0, 1366, 728, true));
    assertThat(WindowBounds.defaultFor(new Rectangle2D(0, 0, 1440, 860)).maximized()).isTrue();
    assertThat(WindowBounds.defaultFor(new Rectangle2D(0, 0, 1093, 614)).maximized()).isTrue();
    assertThat(WindowBounds.defaultFor(RIGHT_MONITOR).maximized()).isFalse();
    assertThat(WindowBounds.defaultFor(RIGHT_MONITOR)).isEqualTo(new WindowBounds(1366 + 320, 125, 1280, 800, false));
  }

  @Test
  void shrinksAndShiftsAWindowLargerThanItsScreen() {
    WindowBounds fitted = new WindowBounds(300, -50, 1900, 1000, false).fitInto(List.of(LAPTOP));

    assertThat(fitted).isEqualTo(new WindowBounds(0, 0, 1366, 728, false));
  }

  @Test
  void remembersBoundsBetweenStarts() throws Exception {
    Preferences node = Preferences.userRoot().node("namndbok-test/" + UUID.randomUUID());
    try {
      WindowPreferences prefs = new WindowPreferences(node);
      assertThat(prefs.load()).isEmpty();

      prefs.save(new WindowBounds(10, 20, 1100, 700, true));

      assertThat(new WindowPreferences(node).load()).contains(new WindowBounds(10, 20, 1100, 700, true));
    } finally {
      node.removeNode();
    }
  }
}
