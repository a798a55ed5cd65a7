package se.namndbok.app.shared;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** Remembers the main window's size and position between starts (java.util.prefs, per user). */
public final class WindowPreferences {
  private static final String X = "fonster.x";
  private static final String Y = "fonster.y";
  private static final String W = "fonster.bredd";
  private static final String H = "fonster.hojd";
  private static final String MAX = "fonster.maximerat";
  private static final String MOTE = "senaste.sammantrade";
  private static final String UTDATA = "utdatamappar";
  private static final String DELNING = "delningar";

  private final Preferences node;

  public WindowPreferences(Preferences node) {
    this.node = node;
  }

  public static WindowPreferences forUser() {
    return new WindowPreferences(Preferences.userRoot().node("se/namndbok/app"));
  }

  public Optional<WindowBounds> load() {
    double w = node.getDouble(W, -1);
    double h = node.getDouble(H, -1);
    if (w <= 0 || h <= 0) {
      return Optional.empty();
    }
    return Optional.of(new WindowBounds(node.getDouble(X, 0), node.getDouble(Y, 0), w, h, node.getBoolean(MAX, false)));
  }

  public void save(WindowBounds b) {
    node.putDouble(X, b.x());
    node.putDouble(Y, b.y());
    node.putDouble(W, b.width());
    node.putDouble(H, b.height());
    node.putBoolean(MAX, b.maximized());
    flush();
  }

  /** The output folder the user chose for a board ({@link OutputFolders}), if any. */
  public Optional<java.nio.file.Path> outputFolder(String boardKey) {
    String p = node.node(UTDATA).get(boardKey, null);
    return p == null ? Optional.empty() : Optional.of(java.nio.file.Path.of(p));
  }

  public void saveOutputFolder(String boardKey, java.nio.file.Path folder) {
    node.node(UTDATA).put(boardKey, folder.toString());
    flush();
  }

  /** The meeting last opened in Sammanträden, if any. */
  public OptionalLong lastMeeting() {
    long id = node.getLong(MOTE, -1);
    return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
  }

  public void saveLastMeeting(long id) {
    node.putLong(MOTE, id);
    flush();
  }

  /** Where the user last left the dividers of split {@code key} ({@link RememberedSplit}), if anywhere. */
  public Optional<double[]> split(String key) {
    String saved = node.node(DELNING).get(key, null);
    if (saved == null || saved.isBlank()) {
      return Optional.empty();
    }
    try {
      double[] positions = java.util.Arrays.stream(saved.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
      return java.util.Arrays.stream(positions).allMatch(p -> p > 0 && p < 1) ? Optional.of(positions)
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty(); // edited by hand: the view's own positions
    }
  }

  public void saveSplit(String key, double[] positions) {
    StringBuilder text = new StringBuilder();
    for (double p : positions) {
      text.append(text.isEmpty() ? "" : " ").append(p);
    }
    node.node(DELNING).put(key, text.toString());
    flush();
  }

  private void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      LoggerFactory.getLogger(WindowPreferences.class).warn("Kunde inte spara inställningarna", e);
    }
  }

  /** Places the stage where it was last time (on a screen that still exists) and saves it when it closes. */
  public void apply(Stage stage) {
    var screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    WindowBounds b = load().map(saved -> saved.fitInto(screens))
        .orElseGet(() -> WindowBounds.defaultFor(Screen.getPrimary().getVisualBounds()));
    stage.setX(b.x());
    stage.setY(b.y());
    stage.setWidth(b.width());
    stage.setHeight(b.height());
    stage.setMaximized(b.maximized());
    stage.setOnHidden(e -> save(current(stage)));
  }

  static WindowBounds current(Stage stage) {
    return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
  }
}
