package se.namndbok.app.shared;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import se.namndbok.core.shared.Texts;

/**
 * Told once at start when the program last ended without saving what was typed (decision 0171): what is kept and
 * that it is filled in again where it was typed; or, on the user's choice, thrown away.
 */
public final class DraftsNotice {
  public static final ButtonType SLANG = new ButtonType(Messages.get("utkast.start.slang"), ButtonBar.ButtonData.OTHER);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM 'kl.' HH.mm", Texts.SWEDISH);

  private DraftsNotice() {}

  /** At most this many lines are listed, so that the notice and its buttons fit on a small screen. */
  static final int LINES = 8;

  /**
   * The list as the notice shows it: "• 6 december kl. 14.32: punkt 3 ”Rubrik”", a line each (when first: what
   * follows may end in a hint where to find it, in parentheses); beyond {@link #LINES}
   * the rest are counted ("• och 12 till"), since a protokoll typed through a whole meeting can leave one a §.
   */
  public static String text(List<Drafts.Saved> saved) {
    int shown = saved.size() <= LINES ? saved.size() : LINES - 1;
    String lines = saved.stream().limit(shown)
        .map(s -> "• " + (s.when() == null ? "" : s.when().format(WHEN) + ": ")
            + (s.what().isBlank() ? s.key() : s.what()))
        .collect(Collectors.joining("\n"));
    if (shown < saved.size()) {
      lines += "\n• " + Messages.format("utkast.start.fler", saved.size() - shown);
    }
    return Messages.get("utkast.start.text") + "\n\n" + lines;
  }

  /** Shows the notice over {@code owner} when drafts are left; "Släng ändringarna" removes them all. */
  public static void showIfAny(Window owner, Drafts drafts) {
    List<Drafts.Saved> saved = drafts.saved();
    if (saved.isEmpty()) {
      return;
    }
    Alert a = new Alert(Alert.AlertType.INFORMATION, text(saved), ButtonType.OK, SLANG);
    a.initOwner(owner);
    a.setTitle(Messages.get("app.titel"));
    a.setHeaderText(Messages.get("utkast.start.rubrik"));
    a.getDialogPane().setId("utkastDialog");
    a.getDialogPane().setPrefWidth(560);
    a.getDialogPane().lookupButton(SLANG).setId("utkastSlang");
    Theme.style(a.getDialogPane());
    if (a.showAndWait().orElse(ButtonType.OK) == SLANG) {
      drafts.discardAll();
    }
  }
}
