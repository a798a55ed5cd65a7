package se.namndbok.app.shared;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One keyboard shortcut of the window: its keys and the bundle key of what it does. Views match key events
 * with {@link #matches}; the help overlay lists {@link Shortcuts#ALL}, so the list cannot drift from the code.
 */
public record Shortcut(String keys, String textKey) {

  public KeyCombination combination() {
    return KeyCombination.valueOf(keys);
  }

  public boolean matches(KeyEvent e) {
    return combination().match(e);
  }

  /** The keys as the user reads them, e.g. "Ctrl+Z". */
  public String display() {
    return combination().getDisplayText();
  }

  public String text() {
    return Messages.get(textKey);
  }
}
