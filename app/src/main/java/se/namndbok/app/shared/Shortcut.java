package se.namndbok.app.shared;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One keyboard shortcut of the window: its keys, the bundle key of what it does, and (for a family of keys such as
 * Ctrl+1 … Ctrl+6, or keys JavaFX handles itself such as Tab) the bundle key of how the help shows them. Views match
 * key events with {@link #matches}; the help overlay lists {@link Shortcuts#GROUPS}, so the list cannot drift
 * from the code.
 */
public record Shortcut(String keys, String textKey, String shownAsKey) {

  public Shortcut(String keys, String textKey) {
    this(keys, textKey, null);
  }

  public KeyCombination combination() {
    return KeyCombination.valueOf(keys);
  }

  public boolean matches(KeyEvent e) {
    return combination().match(e);
  }

  /** The keys as the user reads them, e.g. "Ctrl+Z". */
  public String display() {
    return shownAsKey != null ? Messages.get(shownAsKey) : combination().getDisplayText();
  }

  public String text() {
    return Messages.get(textKey);
  }
}
